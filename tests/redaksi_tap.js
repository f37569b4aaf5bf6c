// A small TAP producer for the GJS host tests, so meson reads each case.
import GLib from 'gi://GLib';

const tests = [];

export const test = (name, fn) => tests.push([name, fn]);

export const assert = (cond, message) => {
    if (!cond)
        throw new Error(message);
};

// Runs every registered case, awaiting async ones, and exits 1 on failure.
export function run() {
    const loop = new GLib.MainLoop(null, false);
    let failed = 0;
    print(`1..${tests.length}`);
    (async () => {
        for (const [i, [name, fn]] of tests.entries()) {
            try {
                await fn();
                print(`ok ${i + 1} ${name}`);
            } catch (e) {
                failed++;
                print(`not ok ${i + 1} ${name}`);
                for (const line of `${e}\n${e.stack}`.split('\n'))
                    print(`# ${line}`);
            }
        }
        loop.quit();
    })();
    loop.run();
    if (failed)
        imports.system.exit(1);
}
