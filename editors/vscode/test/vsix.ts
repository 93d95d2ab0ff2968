// Reading a .vsix (a zip) with yauzl: the names of its entries, and the extraction of some of them.
import * as fs from 'fs';
import * as path from 'path';
import * as yauzl from 'yauzl';

export function entries(vsix: string): Promise<string[]> {
	return walk(vsix, () => false, '');
}

/** Extracts the entries whose names start with {@code prefix} into {@code target}, without the prefix. */
export async function extract(vsix: string, prefix: string, target: string): Promise<string[]> {
	return walk(vsix, (name) => name.startsWith(prefix) && !name.endsWith('/'), target, prefix);
}

function walk(vsix: string, wanted: (name: string) => boolean, target: string, prefix = ''): Promise<string[]> {
	return new Promise((resolve, reject) => {
		yauzl.open(vsix, { lazyEntries: true }, (error, zip) => {
			if (error || !zip) {
				reject(error ?? new Error('cannot open ' + vsix));
				return;
			}
			const names: string[] = [];
			zip.on('error', reject);
			zip.on('end', () => resolve(names));
			zip.on('entry', (entry: yauzl.Entry) => {
				names.push(entry.fileName);
				if (!wanted(entry.fileName)) {
					zip.readEntry();
					return;
				}
				const file = path.join(target, entry.fileName.substring(prefix.length));
				fs.mkdirSync(path.dirname(file), { recursive: true });
				zip.openReadStream(entry, (streamError, stream) => {
					if (streamError || !stream) {
						reject(streamError);
						return;
					}
					stream.pipe(fs.createWriteStream(file)).on('finish', () => zip.readEntry()).on('error', reject);
				});
			});
			zip.readEntry();
		});
	});
}
