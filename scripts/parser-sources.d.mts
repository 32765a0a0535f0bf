export declare function parserSources(): string;
