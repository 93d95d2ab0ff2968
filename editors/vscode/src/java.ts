// Finds the Java runtime that runs the server: the gpr.java.home setting, then JAVA_HOME, then
// `java` on the PATH. No download, no guess beyond these.
import * as fs from 'fs';
import * as path from 'path';

export interface Java {
	found: boolean;
	path: string;
	tried: string[];
}

export function findJava(setting: string, env: NodeJS.ProcessEnv = process.env): Java {
	const executable = process.platform === 'win32' ? 'java.exe' : 'java';
	const tried: string[] = [];
	const homes = [setting, env.JAVA_HOME ?? ''].filter((home) => home.trim() !== '');
	for (const home of homes) {
		const candidate = path.join(home, 'bin', executable);
		tried.push(candidate);
		if (isFile(candidate)) {
			return { found: true, path: candidate, tried };
		}
	}
	for (const dir of (env.PATH ?? '').split(path.delimiter).filter((d) => d)) {
		const candidate = path.join(dir, executable);
		if (isFile(candidate)) {
			return { found: true, path: candidate, tried };
		}
	}
	tried.push('PATH');
	return { found: false, path: '', tried };
}

function isFile(file: string): boolean {
	try {
		return fs.statSync(file).isFile();
	} catch {
		return false;
	}
}
