// Template tables in glued text: accepted only when the identities leave one reading.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEV } from '../../helpers.js';
import type { Document } from '../../../pipeline/extract/model.js';
import { MetricSet } from '../../../pipeline/transform/metric-set.js';
import { readGluedTables } from '../../../pipeline/transform/figures/glued-tables.js';
import { normalizeText } from '../../../pipeline/extract/normalize.js';

function read(text: string, template: 'gov2019' | 'gov2021' = 'gov2021') {
  const doc: Document = { format: 'text', encoding: 'utf-8', replacementChars: 0, text, fields: {}, blocks: [{ kind: 'paragraph', text, offset: 0 }] };
  const set = new MetricSet();
  readGluedTables(doc, template, set);
  return set;
}

describe('glued 表三', () => {
  it('leaves a row with two valid splits absent, with the reason, and reads the others', () => {
    const set = read('一、本年新收政府信息公开申请数量0020011233二、上年结转政府信息公开申请数量0000000三、本年度办理结果');
    expect(set.has('applications.received.total')).toBe(false);
    expect(set.get('applications.carried_over.total')).toBe(0);
    const issue = set.issues.find((i) => i.code === 'ambiguous_glued_row');
    expect(issue?.message).toMatch(/received.*2 splits/);
  });

  it('uses the column identities to decide a row the row sum alone cannot (平潭 2021 予以公开 270020130)', () => {
    // 270020130 reads as 27,0,0,2,0,1|30 or 2,7,0,0,20,1|30 by itself; T3-RES picks one
    const text = normalizeText(readFileSync(path.join(DEV, 'raw', 'pt2021_syq.txt'), 'utf8'));
    const set = read(text);
    const cols = ['natural_person', 'commercial', 'research', 'social_org', 'legal_service', 'other_org', 'total'];
    expect(cols.map((c) => set.get(`applications.granted.${c}`))).toEqual([27, 0, 0, 2, 0, 1, 30]);
    expect(set.get('applications.unavailable.not_held.total')).toBe(25);
    expect(set.get('applications.handled.total')).toBe(69);
    expect(set.issues.filter((i) => i.message.startsWith('表三'))).toEqual([]);
  });
});

describe('glued 表二', () => {
  it('reads single-column rows and units, and leaves multi-reading rows absent', () => {
    const set = read(
      '第二十条第(一)项信息内容本年制发件数本年废止件数现行有效件数规章 000行政规范性文件693665第二十条第(五)项信息内容本年处理决定数量行政许可2293 第二十条第(八)项信息内容 本年收费金额(单位:万元)行政事业性收费24252.311082三、收到和处理政府信息公开申请情况',
    );
    expect(set.get('rules.issued')).toBe(0);
    expect(set.get('rules.in_force')).toBe(0);
    expect(set.get('licensing.decisions')).toBe(2293);
    expect(set.get('admin_fees.amount')).toBe(242523110.82);
    expect(set.has('normative_docs.issued')).toBe(false);
    expect(set.issues.map((i) => i.code)).toEqual(['ambiguous_glued_row']);
  });

  it('leaves a signed 2019 row with several readings absent (行政处罚2648-18538)', () => {
    const set = read(
      '第二十条第(六)项信息内容上一年项目数量本年增/减处理决定数量行政处罚2648-18538行政强制1262629第二十条第(八)项信息内容上一年项目数量本年增/减行政事业性收费35-15本年新收',
      'gov2019',
    );
    expect(set.has('penalty.change')).toBe(false);
    expect(set.get('admin_fees.previous_items')).toBe(35);
    expect(set.get('admin_fees.change')).toBe(-15);
  });
});

describe('glued 表四', () => {
  it('reads the unique split and leaves an ambiguous one absent', () => {
    const ok = read(
      '行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计10203120001200000五、存在的主要问题',
    );
    expect(ok.get('review.reconsideration.total')).toBe(3);
    expect(ok.get('review.litigation_direct.total')).toBe(12);
    expect(ok.get('review.litigation_after.total')).toBe(0);
    const amb = read('复议后起诉结果维持结果纠正其他结果尚未审结总计1111411114111141111411114五、');
    expect(amb.has('review.reconsideration.total')).toBe(false);
    expect(amb.issues[0]?.code).toBe('ambiguous_glued_row');
  });
});
