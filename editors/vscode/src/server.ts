// How the extension starts gpr (the language server, and `gpr generate`): with the JVM options of
// the release's own start script, server/bin/gpr (which the .vsix ships with the release's lib/), so
// that the server starts from the class data sharing archive server/lib/gpr.jsa as `gpr lsp` does:
//  - the class path in the archive's fixed order (lib/classpath.txt); on Linux named through
//    /proc/self/fd/9, a descriptor of lib/ given to the JVM, as bin/gpr names it (Java 17 uses a
//    static archive only with the class path names it was made with);
//  - the archive only when it was made for this JVM build and these jars (lib/gpr.jsa.stamp, the
//    line bin/gpr writes: the JVM's version, architecture and the sizes of its libjvm.so and
//    classes.jsa, then size, time and name of every jar). A .vsix keeps no file times, so the
//    jars' times are set back to the stamp's when their sizes are the stamp's; Java checks both.
//  - -Xshare:auto with the archive's logs off: if the JVM cannot map it after all, it starts
//    without it, silently. Without a matching archive, no archive options at all (as bin/gpr).
// No vscode import: the end-to-end test starts the server with this very code.
import * as cp from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export interface Options {
	/** more JVM options (the setting gpr.server.vmargs), after gpr's own, as bin/gpr's GPR_JAVA_OPTS */
	vmargs?: string[];
	/** messages in English (otherwise Chinese) */
	english?: boolean;
}

export interface Launch {
	command: string;
	args: string[];
	/** lib/, to be the child's descriptor 9 when the class path names /proc/self/fd/9 */
	lib?: string;
	/** whether the archive is passed; otherwise why not */
	archive: boolean;
	reason: string;
}

/** The java command that runs `gpr ARGS...` from the release in {@code server} (server/bin, server/lib). */
export function launch(server: string, java: string, gprArgs: string[], options: Options = {}): Launch {
	const lib = path.join(server, 'lib');
	const command = gprArgs[0] ?? '';
	const fd9 = process.platform === 'linux' && fs.existsSync('/proc/self/fd') && fs.existsSync(path.join(lib, 'classpath.txt'));
	const names = classPath(lib);
	let classpath: string;
	if (fd9) {
		const ready = readLine(path.join(lib, 'classpath.fd9'));
		classpath = ready || names.map((name) => '/proc/self/fd/9/' + name).join(':') + ':';
	} else if (names.length > 0) {
		classpath = names.map((name) => path.join(lib, name)).join(path.delimiter);
	} else {
		classpath = path.join(lib, '*');
	}
	const why = fd9 ? archiveMismatch(lib, java) : 'the archive is used on Linux only (its class path is named through /proc/self/fd/9)';
	const cds = why === ''
		? ['-XX:SharedArchiveFile=' + path.join(lib, 'gpr.jsa'), '-Xshare:auto', '-Xlog:cds=off', '-Xlog:cds+dynamic=off',
			'-XX:+UnlockDiagnosticVMOptions', '-XX:ArchiveRelocationMode=0']
		: [];
	const locale = options.english ? ['-Duser.language=en', '-Duser.country=US'] : ['-Duser.language=zh', '-Duser.country=CN'];
	// bin/gpr: the serial collector for the language server, the parallel one for generate
	const gc = command === 'lsp' ? '-XX:+UseSerialGC' : '-XX:+UseParallelGC';
	// bin/gpr: the language server compiles with C1 only (C2 doubled its start's CPU and made a keystroke no cheaper)
	const jit = command === 'lsp' ? ['-XX:TieredStopAtLevel=1'] : [];
	// standard output of the language server carries the protocol only: the JVM's logs go to standard error
	const logs = command === 'lsp' ? ['-Xlog:disable', '-Xlog:all=warning:stderr'] : [];
	const args = [...locale, '-Dfile.encoding=UTF-8', gc, '-XX:-UsePerfData', ...jit, ...logs, ...cds, '-Dguice_bytecode_gen_option=DISABLED',
		'-Dgpr.stderr.terminal=false', '-Dgpr.columns=', ...(options.vmargs ?? []), '-cp', classpath, 'org.gpr.cli.Main', ...gprArgs];
	return { command: java, args, lib: fd9 ? lib : undefined, archive: why === '', reason: why };
}

/** Spawns a launch: lib/ opened as the child's descriptor 9 where the class path names it. */
export function spawn(run: Launch, options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): cp.ChildProcessWithoutNullStreams {
	if (!run.lib) {
		return cp.spawn(run.command, run.args, { stdio: 'pipe', env: options.env, cwd: options.cwd });
	}
	const dir = fs.openSync(run.lib, 'r');
	try {
		const stdio: cp.StdioOptions = ['pipe', 'pipe', 'pipe', 'ignore', 'ignore', 'ignore', 'ignore', 'ignore', 'ignore', dir];
		return cp.spawn(run.command, run.args, { stdio, env: options.env, cwd: options.cwd }) as cp.ChildProcessWithoutNullStreams;
	} finally {
		fs.closeSync(dir);
	}
}

/** How a run ended: its exit code (null when a signal ended it or it did not start), what it wrote, whether it was cancelled, and why it did not start. */
export interface Ended {
	status: number | null;
	stdout: string;
	stderr: string;
	/** Ended by the token (the JVM then exits with 143, after its shutdown hooks). */
	cancelled: boolean;
	notStarted?: string;
}

/**
 * The same, run to its end without blocking (the generate command): the extension host, and with it
 * every language feature of every extension, keeps answering while gpr generate runs. A cancelled
 * token ends the child (SIGTERM); gpr writes each file whole or not at all, so nothing is left half-written.
 */
export function runToEnd(run: Launch, token?: { isCancellationRequested: boolean; onCancellationRequested(listener: () => unknown): unknown },
	options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<Ended> {
	return new Promise((resolve) => {
		let child: cp.ChildProcessWithoutNullStreams;
		try {
			child = spawn(run, options);
		} catch (e) {
			resolve({ status: null, stdout: '', stderr: '', cancelled: false, notStarted: String(e) });
			return;
		}
		const stdout: Buffer[] = [];
		const stderr: Buffer[] = [];
		child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
		child.stdin.end();
		const text = (chunks: Buffer[]) => Buffer.concat(chunks).toString('utf8');
		// a child that cannot be started (no such program, no permission) ends with 'error' alone
		let cancelled = false;
		const stop = () => {
			cancelled = true;
			child.kill('SIGTERM');
		};
		child.on('error', (e) => resolve({ status: null, stdout: text(stdout), stderr: text(stderr), cancelled, notStarted: String(e) }));
		child.on('close', (status) => resolve({ status, stdout: text(stdout), stderr: text(stderr), cancelled }));
		token?.onCancellationRequested(stop);
		if (token?.isCancellationRequested) {
			stop();
		}
	});
}

/** The jar names of lib/classpath.txt, in its order (none when the file is not there). */
function classPath(lib: string): string[] {
	try {
		return fs.readFileSync(path.join(lib, 'classpath.txt'), 'utf8').split(/\r?\n/).map((l) => l.trim()).filter((l) => l);
	} catch {
		return [];
	}
}

function readLine(file: string): string {
	try {
		return fs.readFileSync(file, 'utf8').split(/\r?\n/)[0].trim();
	} catch {
		return '';
	}
}

/**
 * '' when lib/gpr.jsa was made for this JVM and these jars (after setting the jars' times back to
 * the stamp's where only the times differ), otherwise why not.
 */
export function archiveMismatch(lib: string, java: string): string {
	const archive = path.join(lib, 'gpr.jsa');
	const stampFile = path.join(lib, 'gpr.jsa.stamp');
	if (!fs.existsSync(archive) || !fs.existsSync(stampFile)) {
		return 'no archive in ' + lib;
	}
	const stamp = readLine(stampFile).split(/\s+/).filter((t) => t);
	// the jars: "SIZE TIME NAME.jar"; every other word is of the JVM
	const jars = new Map<string, { size: number; time: number }>();
	const jvm: string[] = [];
	for (let i = 0; i < stamp.length; i++) {
		if (i + 2 < stamp.length && stamp[i + 2].endsWith('.jar') && /^\d+$/.test(stamp[i]) && /^\d+$/.test(stamp[i + 1])) {
			jars.set(stamp[i + 2], { size: Number(stamp[i]), time: Number(stamp[i + 1]) });
			i += 2;
		} else {
			jvm.push(stamp[i]);
		}
	}
	const mine = jvmWords(java);
	if (mine.slice().sort().join(' ') !== jvm.slice().sort().join(' ')) {
		return `the archive was made for another JVM (${jvm.join(' ')}; this one: ${mine.join(' ')})`;
	}
	const present = fs.readdirSync(lib).filter((name) => name.endsWith('.jar'));
	if (present.length !== jars.size || present.some((name) => !jars.has(name))) {
		return 'lib/ holds other jars than the archive was made with';
	}
	const stale: Array<[string, number]> = [];
	for (const name of present) {
		const file = path.join(lib, name);
		const stat = fs.statSync(file);
		const expected = jars.get(name)!;
		if (stat.size !== expected.size) {
			return `${name} is not the jar the archive was made with (${stat.size} bytes, not ${expected.size})`;
		}
		if (Math.floor(stat.mtimeMs / 1000) !== expected.time) {
			stale.push([file, expected.time]);
		}
	}
	try {
		for (const [file, time] of stale) {
			fs.utimesSync(file, time, time);
		}
	} catch (error) {
		return `the jars' times cannot be set back to the archive's: ${error instanceof Error ? error.message : error}`;
	}
	return '';
}

/** bin/gpr's words for a JVM: its release file's JAVA_RUNTIME_VERSION and OS_ARCH, the sizes of its libjvm.so and classes.jsa. */
function jvmWords(java: string): string[] {
	let real = java;
	try {
		real = fs.realpathSync(java);
	} catch {
		// as given
	}
	const home = path.dirname(path.dirname(real));
	const words: string[] = [];
	try {
		for (const line of fs.readFileSync(path.join(home, 'release'), 'utf8').split(/\r?\n/)) {
			const match = /^(JAVA_RUNTIME_VERSION|OS_ARCH)=(.*)$/.exec(line);
			if (match) {
				words.push(...match[2].replace(/^"|"$/g, '').split(/\s+/).filter((w) => w));
			}
		}
	} catch {
		// no release file: no words
	}
	for (const file of ['lib/server/libjvm.so', 'lib/server/classes.jsa']) {
		try {
			words.push(String(fs.statSync(path.join(home, file)).size));
		} catch {
			// not there: bin/gpr's ls leaves it out too
		}
	}
	return words;
}
