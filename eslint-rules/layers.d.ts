import type { Rule } from "eslint";

export declare const FEATURES: readonly string[];
export declare function roomOf(rel: string): { room: string; feature?: string; part?: string; inner?: string };
export declare function layerProblem(fromRel: string, spec: string): string | null;
declare const plugin: { rules: { layers: Rule.RuleModule } };
export default plugin;
