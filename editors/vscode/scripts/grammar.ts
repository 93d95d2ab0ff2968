// Writes the TextMate grammar of .gpr (syntaxes/gpr.tmLanguage.json) from the Xtext grammar
// (bundles/org.gpr/src/org/gpr/Gpr.xtext): its keywords are the word literals of the parser rules
// and the literals of its enums. Xtext generates no TextMate grammar; the build runs this instead,
// so a keyword added to Gpr.xtext is coloured without editing anything here.
//   node out/grammar.js GPR_XTEXT OUTPUT_JSON
import * as fs from 'fs';
import * as path from 'path';

export function keywords(xtext: string): string[] {
	// parser rules only: the terminal rules (ID, NUMBER, STRING, comments) come after them
	const rules = xtext.split(/^terminal\s/m)[0]
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/^\s*\/\/.*$/gm, '')
		.replace(/^(grammar|import|generate)\s.*$/gm, '');
	const found = new Set<string>();
	for (const match of rules.matchAll(/'([^'\\]*)'|"([^"\\]*)"/g)) {
		const literal = match[1] ?? match[2];
		if (/^[A-Za-z]+$/.test(literal)) {
			found.add(literal);
		}
	}
	for (const match of rules.matchAll(/^enum\s+\w+\s*:([^;]*);/gm)) {
		for (const literal of match[1].split('|')) {
			const bare = literal.trim().match(/^([A-Za-z]+)$/);
			if (bare) {
				found.add(bare[1]);
			}
		}
	}
	return [...found].sort();
}

const CJK = '\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{F900}-\\x{FAFF}';

export function grammar(words: string[]): object {
	return {
		$schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
		name: 'gpr',
		scopeName: 'source.gpr',
		comment: 'Generated from Gpr.xtext by editors/vscode/scripts/grammar.ts; do not edit.',
		patterns: [
			{ include: '#comments' },
			{ include: '#strings' },
			{ include: '#references' },
			{ include: '#keywords' },
			{ include: '#cells' },
		],
		repository: {
			comments: {
				patterns: [
					{ name: 'comment.line.double-slash.gpr', match: '//.*$' },
					{ name: 'comment.block.gpr', begin: '/\\*', end: '\\*/' },
				],
			},
			strings: {
				patterns: [
					{
						name: 'string.quoted.double.gpr',
						begin: '"',
						end: '"',
						patterns: [{ name: 'constant.character.escape.gpr', match: '\\\\.' }],
					},
					{
						name: 'string.quoted.single.gpr',
						begin: "'",
						end: "'",
						patterns: [{ name: 'constant.character.escape.gpr', match: '\\\\.' }],
					},
				],
			},
			references: {
				name: 'meta.embedded.reference.gpr',
				begin: '\\{(?=[^}\\n]*[' + CJK + 'A-Za-z][^}\\n]*\\})',
				end: '\\}',
				beginCaptures: { 0: { name: 'punctuation.section.embedded.begin.gpr' } },
				endCaptures: { 0: { name: 'punctuation.section.embedded.end.gpr' } },
				patterns: [
					{ name: 'keyword.other.gpr', match: '\\bpercent\\b' },
					{ name: 'constant.numeric.gpr', match: '\\b\\d+(\\.\\d+)?\\b' },
					{ name: 'variable.other.member.gpr', match: '[A-Za-z' + CJK + '][A-Za-z0-9_' + CJK + ']*' },
				],
			},
			keywords: {
				name: 'keyword.control.gpr',
				match: '(?<![A-Za-z0-9_' + CJK + '])(' + words.join('|') + ')(?![A-Za-z0-9_' + CJK + '])',
			},
			cells: {
				patterns: [
					{ name: 'constant.numeric.gpr', match: '(?<![A-Za-z0-9_' + CJK + '])-?\\d+(\\.\\d+)?(元|万元|亿元)?' },
					{ name: 'constant.language.blank.gpr', match: '(?<![A-Za-z0-9_' + CJK + '])_(?![A-Za-z0-9_' + CJK + '])' },
					{ name: 'constant.language.not-applicable.gpr', match: '/' },
					{ name: 'punctuation.separator.gpr', match: '\\|' },
				],
			},
		},
	};
}

if (require.main === module) {
	const [source, target] = process.argv.slice(2);
	if (!source || !target) {
		console.error('usage: node grammar.js GPR_XTEXT OUTPUT_JSON');
		process.exit(2);
	}
	const words = keywords(fs.readFileSync(source, 'utf8'));
	if (words.length < 20) {
		console.error(`grammar: only ${words.length} keywords found in ${source}; is it the gpr grammar?`);
		process.exit(1);
	}
	fs.mkdirSync(path.dirname(target), { recursive: true });
	fs.writeFileSync(target, JSON.stringify(grammar(words), null, 2) + '\n');
	console.log(`grammar: ${words.length} keywords from ${source} → ${target}`);
}
