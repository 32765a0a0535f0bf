// The two forms every key with a sentence rule shares, made from its subject (subjects.ts):
// a negation before the matter, and a zero stated in words after it.
import type { Template } from '../../report.js';
import type { Subject } from './subjects.js';
import { NEG, type SentenceRule } from './types.js';

/** The verb between the negation and the matter: 未收到…, 没有召开…, 未通过网站…. */
const VERB = '(?:发生|出现|接到|收到|受理|接收到?|产生|办理|开展|召开|举办|举行|设立|设置|配备|作出|实施|通过|在|以|有)?(?:过)?(?:任何)?';
/** After the matter the clause ends, or names what did not happen: "…行政复议的情况". Without
 * it "没有因政府信息公开申请引起的行政复议" would be a zero count of applications. */
const TAIL = '(?:等|方面)?(?:的?(?:情况|事项|案件|案|事件|行为|决定|现象|问题|申请))?(?=\\s*[。；;，,、和及与或]|$)';
/** A zero in words after the matter. */
const ZERO_WORDS = '(?:均|数量?|案件数|总数|件数|条数)?(?:为零|为0(?![\\d.])|是零)';

function negation(s: Subject): string {
  const reach = s.reach ?? 4;
  const gap = reach ? `[^。;；${s.across ? '' : '，,'}]{0,${reach}}?` : '';
  return `${NEG}${VERB}${gap}${s.words}${TAIL}`;
}

/** One regex for the three zero forms: the matter first, so its words are the rule's needle. */
function zero(s: Subject): string {
  const forms = [
    `[^。;；，,]{0,${s.zeroReach ?? 6}}?${ZERO_WORDS}`,
    // "在线访谈：无", "行政复议情况：没有"
    '(?:情况|数量?)?[:：]\\s*(?:无|没有|零)(?=[。；;，,]|$)',
    // "行政复议一件也没有"
    '[^。;；，,]{0,8}?一(?:件|起|例|条|次)也?(?:没有|未发生)',
  ];
  return `${s.words}(?:${forms.join('|')})`;
}

/** The negation and zero rules of each subject, for the templates the key's own rules read. */
export function sharedForms(subjects: Subject[], rules: SentenceRule[]): SentenceRule[] {
  return subjects.flatMap((s) => {
    const own = rules.filter((r) => r.key === s.key);
    const templates = [...new Set(own.flatMap((r) => r.templates))] as Template[];
    const unit = own[0]?.unit ?? 'count';
    const base = { key: s.key, unit, value: 0 as const, templates, ...(s.mustNot ? { mustNot: s.mustNot } : {}) };
    return [
      { ...base, id: `neg.${s.key}`, pattern: negation(s), examples: s.negated },
      { ...base, id: `zero.${s.key}`, pattern: zero(s), examples: s.zero },
    ];
  });
}
