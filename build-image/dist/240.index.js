export const id = 240;
export const ids = [240];
export const modules = {

/***/ 8240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildMachineImage: () => (/* binding */ buildMachineImage),
  packerFailure: () => (/* binding */ packerFailure)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/src/errors.ts
var src_errors = __webpack_require__(3904);
// EXTERNAL MODULE: ./shared/src/process.ts
var src_process = __webpack_require__(2402);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io.js
var io = __webpack_require__(8701);
// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js + 15 modules
var tool_cache = __webpack_require__(7121);
// EXTERNAL MODULE: ./shared/src/bytes.ts
var bytes = __webpack_require__(1220);
;// CONCATENATED MODULE: ./shared/src/read-bounded-file.ts
/**
 * Reading a small text file a user (or a repository we do not control)
 * names: a policy, a Dockerfile, an env file. The path may lead to a FIFO
 * (opening it for reading waits for a writer forever), a device, or a file of
 * gigabytes; so the file is opened without blocking, must be a regular file
 * by fstat of the open handle (no race with a rename), and is read up to a cap.
 */




const MiB = (/* unused pure expression or super */ null && (1024 * 1024));
function kindOf(st) {
    if (st.isDirectory())
        return 'a directory';
    if (st.isFIFO())
        return 'a FIFO (named pipe)';
    if (st.isSocket())
        return 'a socket';
    if (st.isCharacterDevice() || st.isBlockDevice())
        return 'a device';
    return 'not a regular file';
}
/**
 * The file's text (UTF-8). Throws PipelineError NOT_FOUND when nothing is
 * there, INPUT when it is not a regular file or is larger than `maxBytes`.
 */
async function readBoundedFile(file, opts) {
    const code = opts.code ?? 'INPUT';
    const ctx = { ...(opts.input === undefined ? {} : { input: opts.input }), ...(opts.hint === undefined ? {} : { hint: opts.hint }) };
    let handle;
    try {
        // O_NONBLOCK: opening a FIFO for reading returns at once instead of waiting for a writer.
        handle = await promises_.open(file, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
    }
    catch (e) {
        const errno = e.code;
        if (errno === 'ENOENT' || errno === 'ENOTDIR')
            throw new src_errors/* PipelineError */.zC('NOT_FOUND', `${opts.what} does not exist`, { ...ctx, cause: e });
        throw new src_errors/* PipelineError */.zC(code, `expected ${opts.what} to be readable, got ${errno ?? String(e)}`, { ...ctx, cause: e });
    }
    try {
        const st = await handle.stat();
        const cap = `a regular file of at most ${(0,bytes/* formatBytes */.z)(opts.maxBytes)}`;
        if (!st.isFile())
            throw new src_errors/* PipelineError */.zC(code, `expected ${opts.what} to be ${cap}, got ${kindOf(st)}`, ctx);
        if (st.size > opts.maxBytes)
            throw new src_errors/* PipelineError */.zC(code, `expected ${opts.what} to be ${cap}, got ${st.size} bytes (${(0,bytes/* formatBytes */.z)(st.size)})`, ctx);
        // The size may grow after fstat (a file being written): read at most one byte past the cap.
        const buf = Buffer.alloc(Math.min(opts.maxBytes + 1, st.size + 1));
        let filled = 0;
        while (filled < buf.length) {
            const { bytesRead } = await handle.read(buf, filled, buf.length - filled, filled);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
        }
        if (filled > opts.maxBytes)
            throw new src_errors/* PipelineError */.zC(code, `expected ${opts.what} to be ${cap}, got a file that grew past it while being read`, ctx);
        return buf.subarray(0, filled).toString('utf8');
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: ./shared/src/registry/transport/origin.ts
var origin = __webpack_require__(2639);
;// CONCATENATED MODULE: ./shared/src/builders/packer/packer-release.ts
/**
 * HashiCorp's release layout for Packer, as pure functions: which zip fits
 * this machine, where it, its SHA256SUMS and that file's signature live, the
 * one checksum line that names that zip exactly (a substring match would
 * accept `packer_1.9.0_linux_amd64.zip.sig` or a look-alike name), and which
 * version the release index calls the latest.
 */

const DEFAULT_RELEASES_URL = 'https://releases.hashicorp.com';
const OS = { linux: 'linux', darwin: 'darwin', win32: 'windows', freebsd: 'freebsd', openbsd: 'openbsd' };
const ARCH = { x64: 'amd64', arm64: 'arm64', ia32: '386', arm: 'arm' };
const VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
function packerRelease(version, baseUrl = DEFAULT_RELEASES_URL, platform = process.platform, nodeArch = process.arch) {
    if (!VERSION.test(version)) {
        throw new src_errors/* PipelineError */.zC('INPUT', `'${version}' is not a Packer version`, {
            input: 'packer-version',
            hint: "Use an exact version like 1.11.2, or 'system' for the packer already on PATH.",
        });
    }
    const os = OS[platform];
    const arch = ARCH[nodeArch];
    if (os === undefined || arch === undefined)
        throw new src_errors/* PipelineError */.zC('UNSUPPORTED', `Packer has no release for ${platform}/${nodeArch}`, {
            input: 'packer-version',
            hint: "Install packer on the runner yourself and set packer-version to 'system'.",
        });
    const base = baseUrl.replace(/\/+$/, '');
    const zipName = `packer_${version}_${os}_${arch}.zip`;
    const sumsName = `packer_${version}_SHA256SUMS`;
    const sigName = `${sumsName}.sig`;
    const dir = `${base}/packer/${version}`;
    return { version, os, arch, zipName, zipUrl: `${dir}/${zipName}`, sumsName, sumsUrl: `${dir}/${sumsName}`, sigName, sigUrl: `${dir}/${sigName}` };
}
/**
 * packer-releases-url as a base every path is appended to: http(s), with no
 * user:password@ (fetch refuses those, and they would be printed with every
 * URL in the log) and no ?query or #fragment (the paths would land inside it).
 */
function releasesBase(baseUrl) {
    let u;
    try {
        u = new URL(baseUrl);
    }
    catch {
        u = undefined;
    }
    const fail = (why) => new src_errors/* PipelineError */.zC('INPUT', `expected packer-releases-url to be an http(s) base URL like ${DEFAULT_RELEASES_URL}, got ${why}`, {
        input: 'packer-releases-url',
        hint: 'Give the address under which packer/<version>/ is served; a mirror that needs credentials must take them some other way than in the URL.',
    });
    if (u === undefined || (u.protocol !== 'https:' && u.protocol !== 'http:'))
        throw fail(u === undefined ? 'something that is not a URL' : `a ${u.protocol} URL`);
    if (u.username !== '' || u.password !== '')
        throw fail(`a URL with credentials (${u.protocol}//***@${u.host})`);
    if (u.search !== '' || u.hash !== '')
        throw fail(`a URL with a query or fragment (${u.protocol}//${u.host}${u.pathname}?\u2026)`);
    return u.href.replace(/\/+$/, '');
}
/** The release index: `{"name":"packer","versions":{"1.11.2":{...},...}}`. */
function packerIndexUrl(baseUrl = DEFAULT_RELEASES_URL) {
    return `${baseUrl.replace(/\/+$/, '')}/packer/index.json`;
}
const STABLE = /^\d{1,6}\.\d{1,6}\.\d{1,6}$/;
/**
 * The highest stable version in a parsed release index: X.Y.Z exactly, so a
 * pre-release (1.12.0-beta1, 1.8.0-alpha) or a build-tagged one (+ent) is
 * never "latest". Throws naming `source` when the index has no such version or
 * is not an index at all.
 */
function latestStableVersion(index, source) {
    const versions = typeof index === 'object' && index !== null && !Array.isArray(index) ? index.versions : undefined;
    if (typeof versions !== 'object' || versions === null || Array.isArray(versions))
        throw new src_errors/* PipelineError */.zC('NOT_FOUND', `${source} is not a release index: expected an object with a "versions" map`, {
            input: 'packer-version',
            hint: "Check packer-releases-url points at HashiCorp's release site or a full mirror of it, or set packer-version to an exact version like 1.11.2.",
        });
    let best;
    for (const v of Object.keys(versions))
        if (STABLE.test(v) && (best === undefined || compareVersions(v, best) > 0))
            best = v;
    if (best === undefined)
        throw new src_errors/* PipelineError */.zC('NOT_FOUND', `${source} lists no stable Packer version (X.Y.Z without a pre-release suffix)`, {
            input: 'packer-version',
            hint: 'Set packer-version to an exact version like 1.11.2.',
        });
    return best;
}
/**
 * The SHA-256 listed for exactly `fileName` in a SHA256SUMS document
 * (`<64 hex>  <name>` per line, `*` before the name in binary mode).
 */
function checksumFor(sums, fileName) {
    for (const line of sums.split(/\r?\n/)) {
        const m = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line.trim());
        if (m !== null && m[2] === fileName)
            return m[1].toLowerCase();
    }
    return undefined;
}
/** Compare dotted versions numerically: -1, 0 or 1 (pre-release suffixes ignored). */
function compareVersions(a, b) {
    const pa = a.split('-')[0]?.split('.').map(Number) ?? [];
    const pb = b.split('-')[0]?.split('.').map(Number) ?? [];
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const d = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (d !== 0)
            return d < 0 ? -1 : 1;
    }
    return 0;
}
/** `Packer v1.6.6` (and newer multi-line forms) -> `1.6.6`. */
function parsePackerVersion(output) {
    return /Packer v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)/.exec(output)?.[1] ?? /^(\d+\.\d+\.\d+)\s*$/m.exec(output)?.[1];
}

// EXTERNAL MODULE: ./node_modules/openpgp/dist/node/openpgp.mjs
var openpgp = __webpack_require__(3074);
;// CONCATENATED MODULE: ./shared/src/builders/packer/hashicorp-key.ts
/**
 * HashiCorp's release-signing public key (HashiCorp Security, key id
 * 72D7468F, fingerprint C874 011F 0AB4 0511 0D02 1055 3436 5D94 72D7 468F),
 * as https://www.hashicorp.com/.well-known/pgp-key.txt publishes it: two
 * blocks of the same key. The first carries the 2021 self-signatures (valid
 * to 2026-04-18), the second the 2026 renewal (valid to 2030-03-01, same key
 * material). Both are kept, and a signature passes with either
 * (packer-signature.ts): a verifier checks the key at the time each signature
 * was made, and the renewed block alone has no self-signature older than
 * February 2026, so it would refuse every release signed before then (while
 * the first alone refuses every release signed after April 2026). They cannot
 * be merged into one key: openpgp.js keeps only the newest binding signature
 * of a subkey per issuer.
 *
 * Pinned here rather than fetched: a key fetched from the same network as the
 * release proves nothing. The `packer-pgp-key` input replaces it (a mirror
 * that re-signs, or HashiCorp's next renewal before this copy is updated).
 */
const HASHICORP_FINGERPRINT = 'c874011f0ab405110d02105534365d9472d7468f';
const HASHICORP_PGP_KEY = `-----BEGIN PGP PUBLIC KEY BLOCK-----

mQINBGB9+xkBEACabYZOWKmgZsHTdRDiyPJxhbuUiKX65GUWkyRMJKi/1dviVxOX
PG6hBPtF48IFnVgxKpIb7G6NjBousAV+CuLlv5yqFKpOZEGC6sBV+Gx8Vu1CICpl
Zm+HpQPcIzwBpN+Ar4l/exCG/f/MZq/oxGgH+TyRF3XcYDjG8dbJCpHO5nQ5Cy9h
QIp3/Bh09kET6lk+4QlofNgHKVT2epV8iK1cXlbQe2tZtfCUtxk+pxvU0UHXp+AB
0xc3/gIhjZp/dePmCOyQyGPJbp5bpO4UeAJ6frqhexmNlaw9Z897ltZmRLGq1p4a
RnWL8FPkBz9SCSKXS8uNyV5oMNVn4G1obCkc106iWuKBTibffYQzq5TG8FYVJKrh
RwWB6piacEB8hl20IIWSxIM3J9tT7CPSnk5RYYCTRHgA5OOrqZhC7JefudrP8n+M
pxkDgNORDu7GCfAuisrf7dXYjLsxG4tu22DBJJC0c/IpRpXDnOuJN1Q5e/3VUKKW
mypNumuQpP5lc1ZFG64TRzb1HR6oIdHfbrVQfdiQXpvdcFx+Fl57WuUraXRV6qfb
4ZmKHX1JEwM/7tu21QE4F1dz0jroLSricZxfaCTHHWNfvGJoZ30/MZUrpSC0IfB3
iQutxbZrwIlTBt+fGLtm3vDtwMFNWM+Rb1lrOxEQd2eijdxhvBOHtlIcswARAQAB
tERIYXNoaUNvcnAgU2VjdXJpdHkgKGhhc2hpY29ycC5jb20vc2VjdXJpdHkpIDxz
ZWN1cml0eUBoYXNoaWNvcnAuY29tPokCVAQTAQoAPhYhBMh0AR8KtAURDQIQVTQ2
XZRy10aPBQJgffsZAhsDBQkJZgGABQsJCAcCBhUKCQgLAgQWAgMBAh4BAheAAAoJ
EDQ2XZRy10aPtpcP/0PhJKiHtC1zREpRTrjGizoyk4Sl2SXpBZYhkdrG++abo6zs
buaAG7kgWWChVXBo5E20L7dbstFK7OjVs7vAg/OLgO9dPD8n2M19rpqSbbvKYWvp
0NSgvFTT7lbyDhtPj0/bzpkZEhmvQaDWGBsbDdb2dBHGitCXhGMpdP0BuuPWEix+
QnUMaPwU51q9GM2guL45Tgks9EKNnpDR6ZdCeWcqo1IDmklloidxT8aKL21UOb8t
cD+Bg8iPaAr73bW7Jh8TdcV6s6DBFub+xPJEB/0bVPmq3ZHs5B4NItroZ3r+h3ke
VDoSOSIZLl6JtVooOJ2la9ZuMqxchO3mrXLlXxVCo6cGcSuOmOdQSz4OhQE5zBxx
LuzA5ASIjASSeNZaRnffLIHmht17BPslgNPtm6ufyOk02P5XXwa69UCjA3RYrA2P
QNNC+OWZ8qQLnzGldqE4MnRNAxRxV6cFNzv14ooKf7+k686LdZrP/3fQu2p3k5rY
0xQUXKh1uwMUMtGR867ZBYaxYvwqDrg9XB7xi3N6aNyNQ+r7zI2lt65lzwG1v9hg
FG2AHrDlBkQi/t3wiTS3JOo/GCT8BjN0nJh0lGaRFtQv2cXOQGVRW8+V/9IpqEJ1
qQreftdBFWxvH7VJq2mSOXUJyRsoUrjkUuIivaA9Ocdipk2CkP8bpuGz7ZF4uQIN
BGB9+xkBEACoklYsfvWRCjOwS8TOKBTfl8myuP9V9uBNbyHufzNETbhYeT33Cj0M
GCNd9GdoaknzBQLbQVSQogA+spqVvQPz1MND18GIdtmr0BXENiZE7SRvu76jNqLp
KxYALoK2Pc3yK0JGD30HcIIgx+lOofrVPA2dfVPTj1wXvm0rbSGA4Wd4Ng3d2AoR
G/wZDAQ7sdZi1A9hhfugTFZwfqR3XAYCk+PUeoFrkJ0O7wngaon+6x2GJVedVPOs
2x/XOR4l9ytFP3o+5ILhVnsK+ESVD9AQz2fhDEU6RhvzaqtHe+sQccR3oVLoGcat
ma5rbfzH0Fhj0JtkbP7WreQf9udYgXxVJKXLQFQgel34egEGG+NlbGSPG+qHOZtY
4uWdlDSvmo+1P95P4VG/EBteqyBbDDGDGiMs6lAMg2cULrwOsbxWjsWka8y2IN3z
1stlIJFvW2kggU+bKnQ+sNQnclq3wzCJjeDBfucR3a5WRojDtGoJP6Fc3luUtS7V
5TAdOx4dhaMFU9+01OoH8ZdTRiHZ1K7RFeAIslSyd4iA/xkhOhHq89F4ECQf3Bt4
ZhGsXDTaA/VgHmf3AULbrC94O7HNqOvTWzwGiWHLfcxXQsr+ijIEQvh6rHKmJK8R
9NMHqc3L18eMO6bqrzEHW0Xoiu9W8Yj+WuB3IKdhclT3w0pO4Pj8gQARAQABiQI8
BBgBCgAmFiEEyHQBHwq0BRENAhBVNDZdlHLXRo8FAmB9+xkCGwwFCQlmAYAACgkQ
NDZdlHLXRo9ZnA/7BmdpQLeTjEiXEJyW46efxlV1f6THn9U50GWcE9tebxCXgmQf
u+Uju4hreltx6GDi/zbVVV3HCa0yaJ4JVvA4LBULJVe3ym6tXXSYaOfMdkiK6P1v
JgfpBQ/b/mWB0yuWTUtWx18BQQwlNEQWcGe8n1lBbYsH9g7QkacRNb8tKUrUbWlQ
QsU8wuFgly22m+Va1nO2N5C/eE/ZEHyN15jEQ+QwgQgPrK2wThcOMyNMQX/VNEr1
Y3bI2wHfZFjotmek3d7ZfP2VjyDudnmCPQ5xjezWpKbN1kvjO3as2yhcVKfnvQI5
P5Frj19NgMIGAp7X6pF5Csr4FX/Vw316+AFJd9Ibhfud79HAylvFydpcYbvZpScl
7zgtgaXMCVtthe3GsG4gO7IdxxEBZ/Fm4NLnmbzCIWOsPMx/FxH06a539xFq/1E2
1nYFjiKg8a5JFmYU/4mV9MQs4bP/3ip9byi10V+fEIfp5cEEmfNeVeW5E7J8PqG9
t4rLJ8FR4yJgQUa2gs2SNYsjWQuwS/MJvAv4fDKlkQjQmYRAOp1SszAnyaplvri4
ncmfDsf0r65/sd6S40g5lHH8LIbGxcOIN6kwthSTPWX89r42CbY8GzjTkaeejNKx
v1aCrO58wAtursO1DiXCvBY7+NdafMRnoHwBk50iPqrVkNA8fv+auRyB2/G5Ag0E
YH3+JQEQALivllTjMolxUW2OxrXb+a2Pt6vjCBsiJzrUj0Pa63U+lT9jldbCCfgP
wDpcDuO1O05Q8k1MoYZ6HddjWnqKG7S3eqkV5c3ct3amAXp513QDKZUfIDylOmhU
qvxjEgvGjdRjz6kECFGYr6Vnj/p6AwWv4/FBRFlrq7cnQgPynbIH4hrWvewp3Tqw
GVgqm5RRofuAugi8iZQVlAiQZJo88yaztAQ/7VsXBiHTn61ugQ8bKdAsr8w/ZZU5
HScHLqRolcYg0cKN91c0EbJq9k1LUC//CakPB9mhi5+aUVUGusIM8ECShUEgSTCi
KQiJUPZ2CFbbPE9L5o9xoPCxjXoX+r7L/WyoCPTeoS3YRUMEnWKvc42Yxz3meRb+
BmaqgbheNmzOah5nMwPupJYmHrjWPkX7oyyHxLSFw4dtoP2j6Z7GdRXKa2dUYdk2
x3JYKocrDoPHh3Q0TAZujtpdjFi1BS8pbxYFb3hHmGSdvz7T7KcqP7ChC7k2RAKO
GiG7QQe4NX3sSMgweYpl4OwvQOn73t5CVWYp/gIBNZGsU3Pto8g27vHeWyH9mKr4
cSepDhw+/X8FGRNdxNfpLKm7Vc0Sm9Sof8TRFrBTqX+vIQupYHRi5QQCuYaV6OVr
ITeegNK3So4m39d6ajCR9QxRbmjnx9UcnSYYDmIB6fpBuwT0ogNtABEBAAGJBHIE
GAEKACYCGwIWIQTIdAEfCrQFEQ0CEFU0Nl2UctdGjwUCYH4bgAUJAeFQ2wJAwXQg
BBkBCgAdFiEEs2y6kaLAcwxDX8KAsLRBCXaFtnYFAmB9/iUACgkQsLRBCXaFtnYX
BhAAlxejyFXoQwyGo9U+2g9N6LUb/tNtH29RHYxy4A3/ZUY7d/FMkArmh4+dfjf0
p9MJz98Zkps20kaYP+2YzYmaizO6OA6RIddcEXQDRCPHmLts3097mJ/skx9qLAf6
rh9J7jWeSqWO6VW6Mlx8j9m7sm3Ae1OsjOx/m7lGZOhY4UYfY627+Jf7WQ5103Qs
lgQ09es/vhTCx0g34SYEmMW15Tc3eCjQ21b1MeJD/V26npeakV8iCZ1kHZHawPq/
aCCuYEcCeQOOteTWvl7HXaHMhHIx7jjOd8XX9V+UxsGz2WCIxX/j7EEEc7CAxwAN
nWp9jXeLfxYfjrUB7XQZsGCd4EHHzUyCf7iRJL7OJ3tz5Z+rOlNjSgci+ycHEccL
YeFAEV+Fz+sj7q4cFAferkr7imY1XEI0Ji5P8p/uRYw/n8uUf7LrLw5TzHmZsTSC
UaiL4llRzkDC6cVhYfqQWUXDd/r385OkE4oalNNE+n+txNRx92rpvXWZ5qFYfv7E
95fltvpXc0iOugPMzyof3lwo3Xi4WZKc1CC/jEviKTQhfn3WZukuF5lbz3V1PQfI
xFsYe9WYQmp25XGgezjXzp89C/OIcYsVB1KJAKihgbYdHyUN4fRCmOszmOUwEAKR
3k5j4X8V5bk08sA69NVXPn2ofxyk3YYOMYWW8ouObnXoS8QJEDQ2XZRy10aPMpsQ
AIbwX21erVqUDMPn1uONP6o4NBEq4MwG7d+fT85rc1U0RfeKBwjucAE/iStZDQoM
ZKWvGhFR+uoyg1LrXNKuSPB82unh2bpvj4zEnJsJadiwtShTKDsikhrfFEK3aCK8
Zuhpiu3jxMFDhpFzlxsSwaCcGJqcdwGhWUx0ZAVD2X71UCFoOXPjF9fNnpy80YNp
flPjj2RnOZbJyBIM0sWIVMd8F44qkTASf8K5Qb47WFN5tSpePq7OCm7s8u+lYZGK
wR18K7VliundR+5a8XAOyUXOL5UsDaQCK4Lj4lRaeFXunXl3DJ4E+7BKzZhReJL6
EugV5eaGonA52TWtFdB8p+79wPUeI3KcdPmQ9Ll5Zi/jBemY4bzasmgKzNeMtwWP
fk6WgrvBwptqohw71HDymGxFUnUP7XYYjic2sVKhv9AevMGycVgwWBiWroDCQ9Ja
btKfxHhI2p+g+rcywmBobWJbZsujTNjhtme+kNn1mhJsD3bKPjKQfAxaTskBLb0V
wgV21891TS1Dq9kdPLwoS4XNpYg2LLB4p9hmeG3fu9+OmqwY5oKXsHiWc43dei9Y
yxZ1AAUOIaIdPkq+YG/PhlGE4YcQZ4RPpltAr0HfGgZhmXWigbGS+66pUj+Ojysc
j0K5tCVxVu0fhhFpOlHv0LWaxCbnkgkQH9jfMEJkAWMOuQINBGCAXCYBEADW6RNr
ZVGNXvHVBqSiOWaxl1XOiEoiHPt50Aijt25yXbG+0kHIFSoR+1g6Lh20JTCChgfQ
kGGjzQvEuG1HTw07YhsvLc0pkjNMfu6gJqFox/ogc53mz69OxXauzUQ/TZ27GDVp
UBu+EhDKt1s3OtA6Bjz/csop/Um7gT0+ivHyvJ/jGdnPEZv8tNuSE/Uo+hn/Q9hg
8SbveZzo3C+U4KcabCESEFl8Gq6aRi9vAfa65oxD5jKaIz7cy+pwb0lizqlW7H9t
Qlr3dBfdIcdzgR55hTFC5/XrcwJ6/nHVH/xGskEasnfCQX8RYKMuy0UADJy72TkZ
bYaCx+XXIcVB8GTOmJVoAhrTSSVLAZspfCnjwnSxisDn3ZzsYrq3cV6sU8b+QlIX
7VAjurE+5cZiVlaxgCjyhKqlGgmonnReWOBacCgL/UvuwMmMp5TTLmiLXLT7uxeG
ojEyoCk4sMrqrU1jevHyGlDJH9Taux15GILDwnYFfAvPF9WCid4UZ4Ouwjcaxfys
3LxNiZIlUsXNKwS3mhiMRL4TRsbs4k4QE+LIMOsauIvcvm8/frydvQ/kUwIhVTH8
0XGOH909bYtJvY3fudK7ShIwm7ZFTduBJUG473E/Fn3VkhTmBX6+PjOC50HR/Hyb
waRCzfDruMe3TAcE/tSP5CUOb9C7+P+hPzQcDwARAQABiQRyBBgBCgAmFiEEyHQB
Hwq0BRENAhBVNDZdlHLXRo8FAmCAXCYCGwIFCQlmAYACQAkQNDZdlHLXRo/BdCAE
GQEKAB0WIQQ3TsdbSFkTYEqDHMfIIMbVzSerhwUCYIBcJgAKCRDIIMbVzSerh0Xw
D/9ghnUsoNCu1OulcoJdHboMazJvDt/znttdQSnULBVElgM5zk0Uyv87zFBzuCyQ
JWL3bWesQ2uFx5fRWEPDEfWVdDrjpQGb1OCCQyz1QlNPV/1M1/xhKGS9EeXrL8Dw
F6KTGkRwn1yXiP4BGgfeFIQHmJcKXEZ9HkrpNb8mcexkROv4aIPAwn+IaE+NHVtt
IBnufMXLyfpkWJQtJa9elh9PMLlHHnuvnYLvuAoOkhuvs7fXDMpfFZ01C+QSv1dz
Hm52GSStERQzZ51w4c0rYDneYDniC/sQT1x3dP5Xf6wzO+EhRMabkvoTbMqPsTEP
xyWr2pNtTBYp7pfQjsHxhJpQF0xjGN9C39z7f3gJG8IJhnPeulUqEZjhRFyVZQ6/
siUeq7vu4+dM/JQL+i7KKe7Lp9UMrG6NLMH+ltaoD3+lVm8fdTUxS5MNPoA/I8cK
1OWTJHkrp7V/XaY7mUtvQn5V1yET5b4bogz4nME6WLiFMd+7x73gB+YJ6MGYNuO8
e/NFK67MfHbk1/AiPTAJ6s5uHRQIkZcBPG7y5PpfcHpIlwPYCDGYlTajZXblyKrw
BttVnYKvKsnlysv11glSg0DphGxQJbXzWpvBNyhMNH5dffcfvd3eXJAxnD81GD2z
ZAriMJ4Av2TfeqQ2nxd2ddn0jX4WVHtAvLXfCgLM2Gveho4jD/9sZ6PZz/rEeTvt
h88t50qPcBa4bb25X0B5FO3TeK2LL3VKLuEp5lgdcHVonrcdqZFobN1CgGJua8TW
SprIkh+8ATZ/FXQTi01NzLhHXT1IQzSpFaZw0gb2f5ruXwvTPpfXzQrs2omY+7s7
fkCwGPesvpSXPKn9v8uhUwD7NGW/Dm+jUM+QtC/FqzX7+/Q+OuEPjClUh1cqopCZ
EvAI3HjnavGrYuU6DgQdjyGT/UDbuwbCXqHxHojVVkISGzCTGpmBcQYQqhcFRedJ
yJlu6PSXlA7+8Ajh52oiMJ3ez4xSssFgUQAyOB16432tm4erpGmCyakkoRmMUn3p
wx+QIppxRlsHznhcCQKR3tcblUqH3vq5i4/ZAihusMCa0YrShtxfdSb13oKX+pFr
aZXvxyZlCa5qoQQBV1sowmPL1N2j3dR9TVpdTyCFQSv4KeiExmowtLIjeCppRBEK
eeYHJnlfkyKXPhxTVVO6H+dU4nVu0ASQZ07KiQjbI+zTpPKFLPp3/0sPRJM57r1+
aTS71iR7nZNZ1f8LZV2OvGE6fJVtgJ1J4Nu02K54uuIhU3tg1+7Xt+IqwRc9rbVr
pHH/hFCYBPW2D2dxB+k2pQlg5NI+TpsXj5Zun8kRw5RtVb+dLuiH/xmxArIee8Jq
ZF5q4h4I33PSGDdSvGXn9UMY5Isjpg==
=7pIB
-----END PGP PUBLIC KEY BLOCK-----
-----BEGIN PGP PUBLIC KEY BLOCK-----

mQINBGB9+xkBEACabYZOWKmgZsHTdRDiyPJxhbuUiKX65GUWkyRMJKi/1dviVxOX
PG6hBPtF48IFnVgxKpIb7G6NjBousAV+CuLlv5yqFKpOZEGC6sBV+Gx8Vu1CICpl
Zm+HpQPcIzwBpN+Ar4l/exCG/f/MZq/oxGgH+TyRF3XcYDjG8dbJCpHO5nQ5Cy9h
QIp3/Bh09kET6lk+4QlofNgHKVT2epV8iK1cXlbQe2tZtfCUtxk+pxvU0UHXp+AB
0xc3/gIhjZp/dePmCOyQyGPJbp5bpO4UeAJ6frqhexmNlaw9Z897ltZmRLGq1p4a
RnWL8FPkBz9SCSKXS8uNyV5oMNVn4G1obCkc106iWuKBTibffYQzq5TG8FYVJKrh
RwWB6piacEB8hl20IIWSxIM3J9tT7CPSnk5RYYCTRHgA5OOrqZhC7JefudrP8n+M
pxkDgNORDu7GCfAuisrf7dXYjLsxG4tu22DBJJC0c/IpRpXDnOuJN1Q5e/3VUKKW
mypNumuQpP5lc1ZFG64TRzb1HR6oIdHfbrVQfdiQXpvdcFx+Fl57WuUraXRV6qfb
4ZmKHX1JEwM/7tu21QE4F1dz0jroLSricZxfaCTHHWNfvGJoZ30/MZUrpSC0IfB3
iQutxbZrwIlTBt+fGLtm3vDtwMFNWM+Rb1lrOxEQd2eijdxhvBOHtlIcswARAQAB
tERIYXNoaUNvcnAgU2VjdXJpdHkgKGhhc2hpY29ycC5jb20vc2VjdXJpdHkpIDxz
ZWN1cml0eUBoYXNoaWNvcnAuY29tPokCVAQTAQoAPgIbAwULCQgHAgYVCgkICwIE
FgIDAQIeAQIXgBYhBMh0AR8KtAURDQIQVTQ2XZRy10aPBQJplkfQBQkQrOy3AAoJ
EDQ2XZRy10aPw6gP/3GUEMUa6mCRuuSOT9UnziPIvXYd63mcN6A6Jwmwj8JaB2qu
OCijvJkw56UbZK3x1FZIbe0hA6VUAwNSNmSIxVJkilgwIYYFO0tnL79XhIeP7jYF
ydXLZ4rTi1FDl8lltAujTNARdY8UGg4hGlcM9OrEeXEFLWugJNiChL15FVoxZqIS
jeduaEqyxGfJnyVwy8z3pZfgODeFr7xs2NkUIMSfuRg24VcL4aW8Frt3jW8P45y3
o/5fsi6Aw2tZ0wD9NSgkVc8VD1NRV9eSZ95Bv+Awf9IXa+Cn5OCjc8Jc+XF+nLfB
oPswOO7E8dLiuBUw6/GzSLMbVs8qf8BNXB92dOe1VccVTqjCxK2sEpVaHh7e+co8
d8lDGBIWMGh7NS6XlGORpFb/T6gxjjOYUV3SKd4QDebUUG8kMkb5juLljOoq+YOP
vgNLDZLZteFpmH+zB9DpOY1YtHZB/OD+DtzLMaSl6VPF2Ln0j5aQGwNDt7sheyAe
sXbu0qn2H5FxojSfvhT0kUDKZ0mgg5y3Oflg49MiAOhjLGY0JocFpBeMILw27fbw
fpIBP7siQWFTFJ1O+l2NQiWAwC2x5fX2EakyCBJmrkPV2hr4nEogNqg9/RDskIUq
cpcOOd/0BntiXMyUCCH2AoCt5acaTQ0WU6CAosZPojOYhtGGgOgeQSdflpMSuQIN
BGB9+xkBEACoklYsfvWRCjOwS8TOKBTfl8myuP9V9uBNbyHufzNETbhYeT33Cj0M
GCNd9GdoaknzBQLbQVSQogA+spqVvQPz1MND18GIdtmr0BXENiZE7SRvu76jNqLp
KxYALoK2Pc3yK0JGD30HcIIgx+lOofrVPA2dfVPTj1wXvm0rbSGA4Wd4Ng3d2AoR
G/wZDAQ7sdZi1A9hhfugTFZwfqR3XAYCk+PUeoFrkJ0O7wngaon+6x2GJVedVPOs
2x/XOR4l9ytFP3o+5ILhVnsK+ESVD9AQz2fhDEU6RhvzaqtHe+sQccR3oVLoGcat
ma5rbfzH0Fhj0JtkbP7WreQf9udYgXxVJKXLQFQgel34egEGG+NlbGSPG+qHOZtY
4uWdlDSvmo+1P95P4VG/EBteqyBbDDGDGiMs6lAMg2cULrwOsbxWjsWka8y2IN3z
1stlIJFvW2kggU+bKnQ+sNQnclq3wzCJjeDBfucR3a5WRojDtGoJP6Fc3luUtS7V
5TAdOx4dhaMFU9+01OoH8ZdTRiHZ1K7RFeAIslSyd4iA/xkhOhHq89F4ECQf3Bt4
ZhGsXDTaA/VgHmf3AULbrC94O7HNqOvTWzwGiWHLfcxXQsr+ijIEQvh6rHKmJK8R
9NMHqc3L18eMO6bqrzEHW0Xoiu9W8Yj+WuB3IKdhclT3w0pO4Pj8gQARAQABiQI8
BBgBCgAmAhsMFiEEyHQBHwq0BRENAhBVNDZdlHLXRo8FAmmWR+0FCRCs7NQACgkQ
NDZdlHLXRo/R0A//QW1opBlzWSmWww1q9QuJA2WCIIs8tJKRDOsmgJPscNpzwZFU
N1Df0wWNjqi1BDReei7lZTHwUk+ebBn0bkI3ANmmgYg7LBueAt5UWSingOc+rvKA
N32BDzBYkMckRzJSQsmeC5hm3J3wLSy90uaIlrJJE9GJZkf/W2Ob+4SQZZ+dnnRP
JokDdW1DuZS9PbxSLJKD5eIWHBxJnFM1CmHfOfrjTJ+MYvVGM5sxSY8R7E+GADj5
L/i4N+tTFJLuTMYARGfA6d+KPKcMJtgpUPjSMAg8nGUhukctpuBs27mOKW0CBtmJ
82X/qYROTL0+vGTvUYflYiuceVlhX/kw0JZnMaG5V/mpHq8SwD07pCGOf69j/mNa
5EL3++Pmzg0s0stw3Ea5pCN0cL/nKkoWchHBfW15W4JOnKAIspyD1vH670P4WfeV
E9B9d6tgKSbM/9JlXoQS5ZdG+kbdosieELhmVWmvojyK7K+Ry6C9wgd+UfnW5jXd
iNwKW3KHuautQwlFhHRNMyDg08c+pI5emTMT3IUQyGWo+Gska3TqGujFcABx7Ip+
mHNmMrCkSD+XC2bvzvRR7FcM0/B9fsjLX/Wttm5vRJ1d2oAoEPvw2IZnJIXpOt2z
zo55sJTztNu4lWGgDVgtp9SXO5a0E5YvFHQNZN5QLeVTTFu6I7qG+ME1E/K5Ag0E
YH3+JQEQALivllTjMolxUW2OxrXb+a2Pt6vjCBsiJzrUj0Pa63U+lT9jldbCCfgP
wDpcDuO1O05Q8k1MoYZ6HddjWnqKG7S3eqkV5c3ct3amAXp513QDKZUfIDylOmhU
qvxjEgvGjdRjz6kECFGYr6Vnj/p6AwWv4/FBRFlrq7cnQgPynbIH4hrWvewp3Tqw
GVgqm5RRofuAugi8iZQVlAiQZJo88yaztAQ/7VsXBiHTn61ugQ8bKdAsr8w/ZZU5
HScHLqRolcYg0cKN91c0EbJq9k1LUC//CakPB9mhi5+aUVUGusIM8ECShUEgSTCi
KQiJUPZ2CFbbPE9L5o9xoPCxjXoX+r7L/WyoCPTeoS3YRUMEnWKvc42Yxz3meRb+
BmaqgbheNmzOah5nMwPupJYmHrjWPkX7oyyHxLSFw4dtoP2j6Z7GdRXKa2dUYdk2
x3JYKocrDoPHh3Q0TAZujtpdjFi1BS8pbxYFb3hHmGSdvz7T7KcqP7ChC7k2RAKO
GiG7QQe4NX3sSMgweYpl4OwvQOn73t5CVWYp/gIBNZGsU3Pto8g27vHeWyH9mKr4
cSepDhw+/X8FGRNdxNfpLKm7Vc0Sm9Sof8TRFrBTqX+vIQupYHRi5QQCuYaV6OVr
ITeegNK3So4m39d6ajCR9QxRbmjnx9UcnSYYDmIB6fpBuwT0ogNtABEBAAGJBHIE
GAEKACYCGwIWIQTIdAEfCrQFEQ0CEFU0Nl2UctdGjwUCYH4bgAUJAeFQ2wJAwXQg
BBkBCgAdFiEEs2y6kaLAcwxDX8KAsLRBCXaFtnYFAmB9/iUACgkQsLRBCXaFtnYX
BhAAlxejyFXoQwyGo9U+2g9N6LUb/tNtH29RHYxy4A3/ZUY7d/FMkArmh4+dfjf0
p9MJz98Zkps20kaYP+2YzYmaizO6OA6RIddcEXQDRCPHmLts3097mJ/skx9qLAf6
rh9J7jWeSqWO6VW6Mlx8j9m7sm3Ae1OsjOx/m7lGZOhY4UYfY627+Jf7WQ5103Qs
lgQ09es/vhTCx0g34SYEmMW15Tc3eCjQ21b1MeJD/V26npeakV8iCZ1kHZHawPq/
aCCuYEcCeQOOteTWvl7HXaHMhHIx7jjOd8XX9V+UxsGz2WCIxX/j7EEEc7CAxwAN
nWp9jXeLfxYfjrUB7XQZsGCd4EHHzUyCf7iRJL7OJ3tz5Z+rOlNjSgci+ycHEccL
YeFAEV+Fz+sj7q4cFAferkr7imY1XEI0Ji5P8p/uRYw/n8uUf7LrLw5TzHmZsTSC
UaiL4llRzkDC6cVhYfqQWUXDd/r385OkE4oalNNE+n+txNRx92rpvXWZ5qFYfv7E
95fltvpXc0iOugPMzyof3lwo3Xi4WZKc1CC/jEviKTQhfn3WZukuF5lbz3V1PQfI
xFsYe9WYQmp25XGgezjXzp89C/OIcYsVB1KJAKihgbYdHyUN4fRCmOszmOUwEAKR
3k5j4X8V5bk08sA69NVXPn2ofxyk3YYOMYWW8ouObnXoS8QJEDQ2XZRy10aPMpsQ
AIbwX21erVqUDMPn1uONP6o4NBEq4MwG7d+fT85rc1U0RfeKBwjucAE/iStZDQoM
ZKWvGhFR+uoyg1LrXNKuSPB82unh2bpvj4zEnJsJadiwtShTKDsikhrfFEK3aCK8
Zuhpiu3jxMFDhpFzlxsSwaCcGJqcdwGhWUx0ZAVD2X71UCFoOXPjF9fNnpy80YNp
flPjj2RnOZbJyBIM0sWIVMd8F44qkTASf8K5Qb47WFN5tSpePq7OCm7s8u+lYZGK
wR18K7VliundR+5a8XAOyUXOL5UsDaQCK4Lj4lRaeFXunXl3DJ4E+7BKzZhReJL6
EugV5eaGonA52TWtFdB8p+79wPUeI3KcdPmQ9Ll5Zi/jBemY4bzasmgKzNeMtwWP
fk6WgrvBwptqohw71HDymGxFUnUP7XYYjic2sVKhv9AevMGycVgwWBiWroDCQ9Ja
btKfxHhI2p+g+rcywmBobWJbZsujTNjhtme+kNn1mhJsD3bKPjKQfAxaTskBLb0V
wgV21891TS1Dq9kdPLwoS4XNpYg2LLB4p9hmeG3fu9+OmqwY5oKXsHiWc43dei9Y
yxZ1AAUOIaIdPkq+YG/PhlGE4YcQZ4RPpltAr0HfGgZhmXWigbGS+66pUj+Ojysc
j0K5tCVxVu0fhhFpOlHv0LWaxCbnkgkQH9jfMEJkAWMOuQINBGCAXCYBEADW6RNr
ZVGNXvHVBqSiOWaxl1XOiEoiHPt50Aijt25yXbG+0kHIFSoR+1g6Lh20JTCChgfQ
kGGjzQvEuG1HTw07YhsvLc0pkjNMfu6gJqFox/ogc53mz69OxXauzUQ/TZ27GDVp
UBu+EhDKt1s3OtA6Bjz/csop/Um7gT0+ivHyvJ/jGdnPEZv8tNuSE/Uo+hn/Q9hg
8SbveZzo3C+U4KcabCESEFl8Gq6aRi9vAfa65oxD5jKaIz7cy+pwb0lizqlW7H9t
Qlr3dBfdIcdzgR55hTFC5/XrcwJ6/nHVH/xGskEasnfCQX8RYKMuy0UADJy72TkZ
bYaCx+XXIcVB8GTOmJVoAhrTSSVLAZspfCnjwnSxisDn3ZzsYrq3cV6sU8b+QlIX
7VAjurE+5cZiVlaxgCjyhKqlGgmonnReWOBacCgL/UvuwMmMp5TTLmiLXLT7uxeG
ojEyoCk4sMrqrU1jevHyGlDJH9Taux15GILDwnYFfAvPF9WCid4UZ4Ouwjcaxfys
3LxNiZIlUsXNKwS3mhiMRL4TRsbs4k4QE+LIMOsauIvcvm8/frydvQ/kUwIhVTH8
0XGOH909bYtJvY3fudK7ShIwm7ZFTduBJUG473E/Fn3VkhTmBX6+PjOC50HR/Hyb
waRCzfDruMe3TAcE/tSP5CUOb9C7+P+hPzQcDwARAQABiQRyBBgBCgAmAhsCFiEE
yHQBHwq0BRENAhBVNDZdlHLXRo8FAmmWSAoFCRCqi+QCQMF0IAQZAQoAHRYhBDdO
x1tIWRNgSoMcx8ggxtXNJ6uHBQJggFwmAAoJEMggxtXNJ6uHRfAP/2CGdSyg0K7U
66Vygl0dugxrMm8O3/Oe211BKdQsFUSWAznOTRTK/zvMUHO4LJAlYvdtZ6xDa4XH
l9FYQ8MR9ZV0OuOlAZvU4IJDLPVCU09X/UzX/GEoZL0R5esvwPAXopMaRHCfXJeI
/gEaB94UhAeYlwpcRn0eSuk1vyZx7GRE6/hog8DCf4hoT40dW20gGe58xcvJ+mRY
lC0lr16WH08wuUcee6+dgu+4Cg6SG6+zt9cMyl8VnTUL5BK/V3MebnYZJK0RFDNn
nXDhzStgOd5gOeIL+xBPXHd0/ld/rDM74SFExpuS+hNsyo+xMQ/HJavak21MFinu
l9COwfGEmlAXTGMY30Lf3Pt/eAkbwgmGc966VSoRmOFEXJVlDr+yJR6ru+7j50z8
lAv6Lsop7sun1Qysbo0swf6W1qgPf6VWbx91NTFLkw0+gD8jxwrU5ZMkeSuntX9d
pjuZS29CflXXIRPlvhuiDPicwTpYuIUx37vHveAH5gnowZg247x780Urrsx8duTX
8CI9MAnqzm4dFAiRlwE8bvLk+l9wekiXA9gIMZiVNqNlduXIqvAG21Wdgq8qyeXK
y/XWCVKDQOmEbFAltfNam8E3KEw0fl199x+93d5ckDGcPzUYPbNkCuIwngC/ZN96
pDafF3Z12fSNfhZUe0C8td8KAszYa96GCRA0Nl2UctdGj1gKD/4jOGhEGTg88Vyu
PVjeK+zkwrTIZSvHdUHfTt/+rTLSNb/RQiBCUQuEZvafj6FrntS7bAEhccGqH894
T3St5K0AXWkvsLd6K+cbIQdlnFA2zb6geJUCk6qx5NgWpRc3i0DS7CheGwl+Bwu7
+n9pNjNjiHV+rYDgqbQXG0dtGysB0/3qIRgEDHFO0HJu/dcte4oXrQIqrZrpOwe8
WxqFqdU918JpSUcc8coiFp9YtwpgqQNxGVZ+rhgnTGdZzk1f/Yhhimh+2B0ReaFv
k3UzVBj3HQ9C6+Ot3MyDEhSgdhjr9e25Tm9S5YfhwtWmghRw9RKPyLMSXSxm/Uc0
mK1NucAp8TQBwKqKzNpCk5IdrBSWRUbjOoOFyzyCsY6gS285GCpSIzI39hTf+3gd
wYPlE6fj+F2TZzdhx62DPnzBzBHnByYTVdJ649bx0FFp4Q+5TbIWtxu/AQkRDxmW
NQfE+6GgeshlrhXWsh6+PGDzt+2raG6zUT913sdz7Ctw4fLjmsKOTdTz3Xa9pr8l
xfI/JuukSgt9o/n3GirhTB3zE1w/I/Xt6k7oASiP3zQSuHtB/CYKYHDtOCWwjo7J
PEGtb/FkreKNxsk/p20jnlrB8WZxxswdr2Vri9NmFeyMDVX7qF3WqT+8aCV9GtS1
GCHx/5nGBdDwoxEsXqpI3IUqPb6FDg==
=wtp+
-----END PGP PUBLIC KEY BLOCK-----
`;

;// CONCATENATED MODULE: ./shared/src/builders/packer/packer-signature.ts
/**
 * The PGP half of trusting a Packer release: reading the trusted public key
 * (HashiCorp's, pinned in hashicorp-key.ts, or the `packer-pgp-key` input)
 * and checking the detached signature HashiCorp publishes beside every
 * SHA256SUMS (`packer_<v>_SHA256SUMS.sig`) over the exact bytes downloaded,
 * before any checksum in that file is believed. OpenPGP itself is openpgp.js;
 * this module only decides what counts: a signature made by a trusted key,
 * by a key valid when it signed. No I/O here; the caller fetches the bytes.
 */



const ARMORED_KEY = /-----BEGIN PGP PUBLIC KEY BLOCK-----[\s\S]*?-----END PGP PUBLIC KEY BLOCK-----/g;
const KEY_INPUT = 'packer-pgp-key';
/** Spaced upper-case groups of four, as gpg and HashiCorp print fingerprints. */
const showFingerprint = (hex) => hex.toUpperCase().replace(/(.{4})(?=.)/g, '$1 ');
/**
 * Public keys from armored text (one or more blocks).
 * Blocks of the same key stay separate entries: a key published as its
 * original block plus a renewal is tried in each form (see hashicorp-key.ts).
 */
async function readPublicKeys(text, what) {
    const bad = (why, cause) => new src_errors/* PipelineError */.zC('INPUT', `expected ${what} to hold an OpenPGP public key, ${why}`, {
        input: KEY_INPUT,
        hint: 'Give the armored public key (-----BEGIN PGP PUBLIC KEY BLOCK-----, as https://www.hashicorp.com/.well-known/pgp-key.txt serves it) or a path to a file holding it.',
        ...(cause === undefined ? {} : { cause }),
    });
    const privateKey = () => new src_errors/* PipelineError */.zC('INPUT', `${what} holds a PGP private key`, {
        input: KEY_INPUT,
        hint: 'Only the public key is needed to verify: export it with gpg --armor --export <fingerprint>, and treat the private key as leaked if it was committed.',
    });
    if (text.includes('-----BEGIN PGP PRIVATE KEY BLOCK-----'))
        throw privateKey();
    const parsed = [];
    try {
        for (const armoredKeys of text.match(ARMORED_KEY) ?? [])
            parsed.push(...(await openpgp/* readKeys */.x4({ armoredKeys })));
    }
    catch (e) {
        throw bad(`but it does not parse: ${e.message.slice(0, 160)}`, e);
    }
    if (parsed.length === 0)
        throw bad('got no -----BEGIN PGP PUBLIC KEY BLOCK----- in it');
    return parsed.map((key) => {
        if (key.isPrivate())
            throw privateKey();
        return key;
    });
}
/** HashiCorp's key as pinned in the source; fails loudly if the pinned text is not that key. */
async function hashicorpKeys() {
    const keys = await readPublicKeys(HASHICORP_PGP_KEY, "HashiCorp's pinned key");
    if (keys.length === 0 || keys.some((k) => k.getFingerprint() !== HASHICORP_FINGERPRINT))
        throw new src_errors/* PipelineError */.zC('INTERNAL', `the pinned HashiCorp key is not ${showFingerprint(HASHICORP_FINGERPRINT)}`);
    return { keys, label: `HashiCorp's pinned key ${showFingerprint(HASHICORP_FINGERPRINT)}` };
}
/** The keys given in `packer-pgp-key` (its text, or the text of the file it names). */
async function keysFromInput(text, what) {
    const keys = await readPublicKeys(text, what);
    const fingerprints = [...new Set(keys.map((k) => showFingerprint(k.getFingerprint())))];
    return { keys, label: `the packer-pgp-key key ${fingerprints.join(', ')}` };
}
/**
 * Checks `signature` (binary or armored detached signature) over exactly
 * `sums`. Passes when a signature packet was made by a trusted key that was
 * valid at signing time and matches the bytes; signatures by other keys are
 * ignored (a file may carry several), and a signature by a trusted key that
 * does not match fails unless another one from a trusted key passes.
 */
async function verifySumsSignature(sums, signature, trusted, s) {
    const input = s.keyInput ?? 'packer-version';
    let sig;
    try {
        const text = Buffer.from(signature).toString('latin1');
        sig = text.includes('-----BEGIN PGP SIGNATURE-----')
            ? await openpgp/* readSignature */.Bc({ armoredSignature: text })
            : await openpgp/* readSignature */.Bc({ binarySignature: signature });
    }
    catch (e) {
        throw new src_errors/* PipelineError */.zC('SIGNATURE', `${s.sigName} from ${s.sigUrl} is not an OpenPGP signature (${e.message.slice(0, 120)})`, {
            input,
            hint: `Nothing was installed. The release site or a proxy served something else as the signature of ${s.sumsName}: retry, and check any mirror set in packer-releases-url.`,
            cause: e,
        });
    }
    const issuers = sig.getSigningKeyIDs();
    const candidates = trusted.keys.filter((k) => issuers.some((id) => k.getKeys(id).length > 0));
    if (candidates.length === 0) {
        const ids = issuers.map((id) => id.toHex().toUpperCase()).join(', ') || 'no key';
        throw new src_errors/* PipelineError */.zC('SIGNATURE', `${s.sigName} is a signature by ${ids}, not by ${trusted.label}`, {
            input,
            hint: s.keyInput === undefined
                ? `Nothing was installed. Either the release site is not HashiCorp's (a mirror that re-signs: give its public key in packer-pgp-key), or its files were replaced.`
                : `Nothing was installed. Check that packer-pgp-key is the key that signs this release site's SHA256SUMS.`,
        });
    }
    const failures = new Set();
    // One key at a time: openpgp.verify checks each signature against the first key holding its issuer id.
    for (const key of candidates) {
        const message = await openpgp/* createMessage */.oH({ binary: sums });
        const { signatures } = await openpgp/* verify */.MX({ message, signature: sig, verificationKeys: [key], format: 'binary' });
        for (const v of signatures) {
            if (key.getKeys(v.keyID).length === 0)
                continue;
            try {
                await v.verified;
                const packet = (await v.signature).packets[0];
                return {
                    fingerprint: key.getFingerprint(),
                    keyId: v.keyID.toHex().toUpperCase(),
                    ...(packet?.created instanceof Date ? { created: packet.created } : {}),
                };
            }
            catch (e) {
                failures.add(e.message.slice(0, 160));
            }
        }
    }
    throw new src_errors/* PipelineError */.zC('SIGNATURE', `${s.sumsName} does not verify against its signature ${s.sigName} by ${trusted.label}: ${[...failures].join('; ')}`, {
        input,
        hint: 'Nothing was installed. The checksum list was changed after it was signed, or the signing key was not valid when it signed: do not use this release site until it serves the signed files unchanged.',
    });
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./shared/src/registry/transport/body.ts
var transport_body = __webpack_require__(6761);
// EXTERNAL MODULE: ./shared/src/registry/transport/http-fetch.ts
var http_fetch = __webpack_require__(1812);
;// CONCATENATED MODULE: ./shared/src/registry/transport/follow.ts
/**
 * A fetch() that follows redirects by our rules, not the platform's: for
 * plain downloads from servers we do not control (a package index, a
 * release's SHA256SUMS). fetch's own `redirect: 'follow'` takes 20 hops and
 * goes from https down to http without a word; here each hop is decided by
 * origin.ts (redirectTarget: http(s) only, no downgrade) and at most
 * MAX_REDIRECTS are taken. An Authorization header stays on the first URL's
 * origin (mayCarryCredentials). The registry client's blob redirects use
 * origin.ts too (resolveServerUrl, MAX_REDIRECTS); those may reach plain-http
 * storage because the blob is checked against its digest.
 */



const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** GET-like requests only (a 303 keeps the method, as no body is sent). The answer at the end of the redirects, whatever its status. */
async function fetchFollowing(url, init, opts) {
    // node:http by default, never the platform's fetch (http-fetch.ts says why).
    const fetchImpl = opts.fetchImpl ?? http_fetch/* httpFetch */.t;
    const max = opts.maxRedirects ?? origin/* MAX_REDIRECTS */.NX;
    const first = new URL(url);
    let current = first;
    const refuse = (why, hint) => new src_errors/* PipelineError */.zC('NETWORK', `${opts.what} ${why}`, { ...opts.context, hint });
    for (let hops = 0;; hops++) {
        const headers = new Headers(init.headers);
        if (!(0,origin/* mayCarryCredentials */.x6)(first, current))
            headers.delete('authorization');
        const res = await fetchImpl(current, { ...init, headers, redirect: 'manual' });
        if (!REDIRECTS.has(res.status))
            return res;
        await res.body?.cancel().catch(() => undefined);
        if (hops >= max)
            throw refuse(`redirected more than ${max} times (last to ${(0,origin/* redactUrl */.BO)(current)})`, 'Point the URL at where the file is served; a redirect loop or a long chain is not followed.');
        const next = (0,origin/* redirectTarget */.ET)(res.headers.get('location') ?? undefined, current);
        if (!next.ok) {
            switch (next.error.problem) {
                case 'downgrade':
                    throw refuse(`redirected from https to plain http (${(0,origin/* redactUrl */.BO)(res.headers.get('location') ?? '')}); not followed`, 'Use a mirror that serves https all the way; a redirect to http could be answered by anyone on the path.');
                case 'not-http':
                    throw refuse(`redirected to a URL that is not http(s) (${next.error.protocol})`, 'The server is misconfigured or hostile; check the URL.');
                default:
                    throw refuse(`answered HTTP ${res.status} with ${next.error.problem === 'missing' ? 'no' : 'an unreadable'} Location`, 'The server is misconfigured; check the URL.');
            }
        }
        current = next.value;
    }
}

// EXTERNAL MODULE: ./shared/src/registry/transport/registry-error.ts
var registry_error = __webpack_require__(7221);
// EXTERNAL MODULE: ./shared/src/registry/transport/retry-classify.ts
var retry_classify = __webpack_require__(3938);
// EXTERNAL MODULE: ./shared/src/retry/policy.ts
var policy = __webpack_require__(5466);
// EXTERNAL MODULE: ./shared/src/retry/retry.ts
var retry = __webpack_require__(1340);
// EXTERNAL MODULE: ./shared/src/pipe-to-file.ts
var pipe_to_file = __webpack_require__(9892);
;// CONCATENATED MODULE: ./shared/src/builders/packer/release-fetch.ts
/**
 * Files from a Packer release site (index.json, SHA256SUMS, its .sig, the
 * zip), each through the one retry loop (retry/retry.ts). A connection reset
 * or closed under a request (a keep-alive socket the server dropped as the
 * request went out, a loaded machine, a flaky proxy), a deadline, or an
 * answer of 408, 429 or 5xx is tried again, with the registry's numbers
 * (REGISTRY_RETRY: 6 tries, waits from 250 ms, 120 s in all) and the
 * registry's rules for what is transient (retry-classify.ts), decided from
 * the status and the socket error code, never from message text. A 404, a
 * redirect origin.ts refuses or a body past its cap is final at once.
 *
 * Nothing fetched here is trusted: packer-install.ts checks the signature,
 * the sums and the pin.
 */














/** Deadline of one try at a small file, body included. */
const SMALL_DEADLINE_MS = 60_000;
/** Deadline of one try at the zip, body included: Packer's zips are 30-50 MB, so this allows about 100 KB/s. */
const ZIP_DEADLINE_MS = 10 * 60_000;
/** Packer's release zips are 30-50 MB; this is far past any, and stops a server that never ends its body. */
const MAX_ZIP_BYTES = 128 * 1024 * 1024;
/** A try that got an answer other than 2xx: the status (and Retry-After) as data, for the classifier. */
class StatusFailure extends Error {
    failure;
    constructor(failure) {
        super(`HTTP ${failure.status ?? '?'}`);
        this.failure = failure;
    }
}
/**
 * The status or socket error code of a failed try. fetch rejects with a TypeError ("fetch failed")
 * whose `cause` carries the socket's code (ECONNRESET, UND_ERR_SOCKET...); a body cut mid-read
 * errors the same way; a deadline is a TimeoutError.
 */
function failureOf(e) {
    if (e instanceof StatusFailure)
        return e.failure;
    // A refused redirect, a body past its cap: the same answer comes back on another try.
    if ((0,src_errors/* isPipelineError */.h$)(e))
        return undefined;
    let c = e;
    for (let depth = 0; depth < 4 && typeof c === 'object' && c !== null; depth++) {
        if (c.name === 'TimeoutError')
            return { errno: 'ETIMEDOUT' };
        const code = c.code;
        if (typeof code === 'string')
            return { errno: code };
        c = c.cause;
    }
    return undefined;
}
/** The registry's rules for what is transient (retry-classify.ts), on this fetch's failure data. */
const classifyReleaseFetch = (e) => (0,retry_classify/* decide */.LD)(failureOf(e));
/** A short account of a failed try: "HTTP 404", or "fetch failed (ECONNRESET: read ECONNRESET)". */
function describeFailure(e) {
    if (e instanceof StatusFailure)
        return e.message;
    // Duck-typed, not instanceof: fetch's errors come from Node's own realm, which a test runner's sandbox does not share.
    const message = messageOf(e) ?? String(e);
    const cause = typeof e === 'object' && e !== null ? e.cause : undefined;
    const causeMessage = messageOf(cause);
    if (causeMessage === undefined)
        return message.slice(0, 200);
    const code = cause.code;
    const detail = typeof code === 'string' && !causeMessage.includes(code) ? `${code}: ${causeMessage}` : causeMessage;
    return `${message} (${detail})`.slice(0, 200);
}
function messageOf(x) {
    const m = typeof x === 'object' && x !== null ? x.message : undefined;
    return typeof m === 'string' ? m : undefined;
}
/** One GET through fetchFollowing with a deadline that covers the body too; a non-2xx answer throws StatusFailure. */
async function get(url, deadlineMs, o) {
    // Redirects by origin.ts's rules (a few hops, never https to http).
    const res = await fetchFollowing(url, { signal: AbortSignal.timeout(deadlineMs) }, { what: (0,origin/* redactUrl */.BO)(url), context: { input: 'packer-version' }, ...(o.fetchImpl === undefined ? {} : { fetchImpl: o.fetchImpl }) });
    if (!res.ok) {
        await res.body?.cancel().catch(() => undefined);
        const retryAfterMs = (0,registry_error/* parseRetryAfter */.mu)(res.headers.get('retry-after') ?? undefined);
        throw new StatusFailure(retryAfterMs === undefined ? { status: res.status } : { status: res.status, retryAfterMs });
    }
    return res;
}
/** Runs `attempt` under the policy, counting tries; the error that ended it comes back with the count. */
async function tried(url, o, attempt) {
    let tries = 0;
    try {
        const value = await (0,retry/* withRetry */.b)(() => {
            tries++;
            return attempt();
        }, {
            policy: o.retry ?? policy/* REGISTRY_RETRY */.dv,
            classify: classifyReleaseFetch,
            onRetry: (r) => o.log?.(`${(0,origin/* redactUrl */.BO)(url)}: ${describeFailure(r.error)}; try ${r.attempt + 1} in ${(r.waitMs / 1000).toFixed(1)} s`),
        });
        return { value };
    }
    catch (error) {
        return { error, tries };
    }
}
const triesSuffix = (tries) => (tries > 1 ? `, after ${tries} tries` : '');
/** A small file: its bytes, or why not (HTTP status, transport error, too large), after the retries. */
async function fetchReleaseFile(url, max, what, o = {}) {
    const got = await tried(url, o, async () => {
        const res = await get(url, SMALL_DEADLINE_MS, o);
        // No code and no status: the classifier calls it final, as another try gets the same body.
        const tooLarge = (n) => new Error(`it is larger than ${n} bytes, not ${what}`);
        return res.body === null ? Buffer.alloc(0) : (await (0,transport_body/* readBounded */.CB)(res.body, max, 'fail', tooLarge)).bytes;
    });
    if ('value' in got)
        return { bytes: got.value };
    // Transient: every try failed for a reason the classifier would have tried again (the policy ran out).
    return { failure: `${describeFailure(got.error)}${triesSuffix(got.tries)}`, transient: classifyReleaseFetch(got.error).retry };
}
/** What to do when the release site keeps failing: the same advice wherever it happens. */
function unreachableHint(url) {
    return `The release site kept failing (${new URL(url).origin}); nothing was installed. Run again; if it persists, check the runner's network and any proxy, set packer-releases-url to a reachable mirror, or set packer-version: system to use a packer already on the runner.`;
}
/**
 * The zip, streamed to a new file under RUNNER_TEMP (the caller removes it): at most MAX_ZIP_BYTES,
 * each try from the start. Throws a NETWORK error naming the URL once the tries are spent.
 */
async function downloadRelease(url, input, o = {}) {
    const dir = process.env['RUNNER_TEMP'] !== undefined && process.env['RUNNER_TEMP'] !== '' ? process.env['RUNNER_TEMP'] : external_node_os_.tmpdir();
    const file = external_node_path_.join(dir, `packer-${(0,external_node_crypto_.randomUUID)()}.zip`);
    const max = o.maxZipBytes ?? MAX_ZIP_BYTES;
    const tooLarge = (n) => new src_errors/* PipelineError */.zC('NETWORK', `${(0,origin/* redactUrl */.BO)(url)} is larger than ${n} bytes, not a Packer release zip`, { input });
    const got = await tried(url, o, async () => {
        const res = await get(url, ZIP_DEADLINE_MS, o);
        // A size the server declares past the cap is refused before a byte is written to the runner's disk.
        const declared = Number(res.headers.get('content-length') ?? '');
        if (Number.isFinite(declared) && declared > max) {
            await res.body?.cancel().catch(() => undefined);
            throw tooLarge(max);
        }
        const body = res.body === null ? external_node_stream_.Readable.from([]) : external_node_stream_.Readable.fromWeb(res.body);
        // flags 'w': a retry starts the file over.
        await (0,pipe_to_file/* pipeToFile */.u)(file, { flags: 'w', mode: 0o600 }, body, (0,transport_body/* capped */.uo)(max, tooLarge));
    });
    if ('value' in got)
        return file;
    await promises_.rm(file, { force: true });
    if ((0,src_errors/* isPipelineError */.h$)(got.error))
        throw got.error;
    const transient = classifyReleaseFetch(got.error).retry;
    throw new src_errors/* PipelineError */.zC('NETWORK', `could not download ${(0,origin/* redactUrl */.BO)(url)}: ${describeFailure(got.error)}${triesSuffix(got.tries)}`, {
        input,
        hint: transient ? unreachableHint(url) : 'Check packer-version names a release that has a build for this runner, and that packer-releases-url serves it.',
        cause: got.error,
    });
}

;// CONCATENATED MODULE: ./shared/src/builders/packer/packer-install.ts
/**
 * Getting a trustworthy `packer`: either the one already on PATH, or a
 * release zip, kept in @actions/tool-cache's cache. The chain of trust: HashiCorp's
 * PGP key (pinned, or `packer-pgp-key`) signs SHA256SUMS; that signature is
 * checked over the exact bytes before any sum in the file is believed; the
 * zip must then match the sum listed for its exact file name and, when given,
 * the pinned `packer-sha256`. `packer-version: latest` is the highest stable
 * version in the release index. The verified zip is cached beside the
 * binary, and a cache hit is re-verified: the signed sum (or the pin) against
 * the cached zip, and the binary against the zip's contents, so a binary
 * swapped in the cache is caught. Every file, the zip included, comes
 * through release-fetch.ts: redirects by origin.ts's rules, capped reads,
 * and another try after a reset connection or a 5xx (the one retry loop;
 * tool-cache's downloadTool had a retry loop of its own and no size cap).
 *
 * How the pin and the signature combine: a pin is the caller's own trust
 * anchor, so when SHA256SUMS or its signature cannot be fetched (a mirror
 * that does not carry them, the site down) the pin alone vouches for the zip,
 * said in the log. Whatever is fetched is still checked: a signature that
 * does not verify, or a signed sum that differs from the pin, fails even with
 * a pin, since either means the release site serves something HashiCorp did
 * not sign.
 */













const ZIP_IN_CACHE = 'packer-release.zip';
/** HashiCorp's SHA256SUMS lists a few dozen files: 1 MiB is far past any real one. */
const MAX_SUMS_BYTES = 1024 * 1024;
/** A detached signature is a few hundred bytes (one per signing key). */
const MAX_SIG_BYTES = 64 * 1024;
/** Packer's index.json is about a megabyte (every version, every build); Terraform's, the largest HashiCorp has, about 10 MB. */
const MAX_INDEX_BYTES = 16 * 1024 * 1024;
/** An armored public key with its signatures is a few KB; HashiCorp's two blocks are 15 KB. */
const MAX_KEY_FILE_BYTES = 1024 * 1024;
async function installPacker(o) {
    const log = o.log ?? (() => undefined);
    if (o.version === 'system' || o.version === '')
        return systemPacker();
    const net = { log, ...(o.retry === undefined ? {} : { retry: o.retry }) };
    const pinned = o.sha256?.trim().toLowerCase();
    if (pinned !== undefined && pinned !== '' && !/^[0-9a-f]{64}$/.test(pinned)) {
        throw new src_errors/* PipelineError */.zC('INPUT', `'${o.sha256 ?? ''}' is not a SHA-256 (64 hex digits)`, { input: 'packer-sha256' });
    }
    // The key first: a malformed packer-pgp-key fails before anything is fetched.
    const trust = await trustedKeys(o.pgpKey);
    const baseUrl = releasesBase(o.baseUrl ?? DEFAULT_RELEASES_URL);
    const latest = o.version === 'latest';
    const version = latest ? await latestVersion(baseUrl, log, net) : o.version;
    const rel = packerRelease(version, baseUrl, o.platform, o.arch);
    const { sum: expected, signedBy } = await expectedSum(rel, pinned === '' ? undefined : pinned, trust, latest, log, net);
    const binName = rel.os === 'windows' ? 'packer.exe' : 'packer';
    const signed = signedBy === undefined ? {} : { signedBy };
    const cachedDir = tool_cache/* find */.I6('packer', rel.version, rel.arch);
    if (cachedDir !== '') {
        await reverifyCached(cachedDir, binName, expected, rel);
        log(`Packer ${rel.version} from the tool cache (re-verified: zip sha256 ${expected})`);
        return { path: external_node_path_.join(cachedDir, binName), version: rel.version, source: 'cache', zipSha256: expected, ...signed };
    }
    log(`Downloading ${rel.zipUrl}`);
    const zip = await downloadRelease(rel.zipUrl, 'packer-version', net);
    let dir;
    try {
        const got = await sha256File(zip);
        if (got !== expected) {
            throw new src_errors/* PipelineError */.zC('DIGEST_MISMATCH', `${rel.zipName} from ${rel.zipUrl} has sha256 ${got}, expected ${expected}`, {
                input: pinned !== undefined ? 'packer-sha256' : 'packer-version',
                hint: 'The download was altered or truncated; nothing was installed. Try again, and check any proxy in between.',
            });
        }
        dir = await tool_cache/* extractZip */.JE(zip);
        await assertPlainBinary(external_node_path_.join(dir, binName), rel);
        await promises_.copyFile(zip, external_node_path_.join(dir, ZIP_IN_CACHE));
        await promises_.chmod(external_node_path_.join(dir, binName), 0o755);
        const cached = await tool_cache/* cacheDir */.e8(dir, 'packer', rel.version, rel.arch);
        const bin = external_node_path_.join(cached, binName);
        await checkReportedVersion(bin, rel.version);
        log(`Packer ${rel.version} installed (zip sha256 ${got})`);
        return { path: bin, version: rel.version, source: 'download', zipSha256: got, ...signed };
    }
    finally {
        // The cache holds its own copy; nothing half-written stays in RUNNER_TEMP.
        await promises_.rm(zip, { force: true });
        if (dir !== undefined)
            await promises_.rm(dir, { recursive: true, force: true });
    }
}
/** HashiCorp's pinned key, or the `packer-pgp-key` input: armored text, or the path of a file holding it. */
async function trustedKeys(spec) {
    const given = spec?.trim() ?? '';
    if (given === '')
        return { keys: await hashicorpKeys() };
    if (given.includes('-----BEGIN PGP'))
        return { keys: await keysFromInput(given, 'the packer-pgp-key text'), input: 'packer-pgp-key' };
    // Not armored, so a path; shown shortened in case it is key text pasted without its armor lines.
    const shown = given.length > 120 || /\s/.test(given) ? `${given.slice(0, 40).replace(/\s+/g, ' ')}\u2026` : given;
    const text = await readBoundedFile(given, {
        what: `the packer-pgp-key file '${shown}'`,
        maxBytes: MAX_KEY_FILE_BYTES,
        input: 'packer-pgp-key',
        hint: 'Give the armored public key itself (-----BEGIN PGP PUBLIC KEY BLOCK-----) or the path of a file holding it (gpg --armor --export <fingerprint>).',
    });
    return { keys: await keysFromInput(text, `the packer-pgp-key file '${shown}'`), input: 'packer-pgp-key' };
}
/** `latest`: the highest stable version in the release index, read with a cap and a deadline. */
async function latestVersion(baseUrl, log, net) {
    const url = packerIndexUrl(baseUrl);
    const shown = (0,origin/* redactUrl */.BO)(url);
    const hint = 'packer-version latest reads the release index; set an exact version like 1.11.2 to do without it.';
    const got = await fetchReleaseFile(url, MAX_INDEX_BYTES, 'a Packer release index', net);
    if ('failure' in got)
        throw new src_errors/* PipelineError */.zC('NETWORK', `could not read the release index ${shown}: ${got.failure}`, {
            input: 'packer-version',
            hint: got.transient ? `${unreachableHint(url)} Or ${hint.charAt(0).toLowerCase()}${hint.slice(1)}` : hint,
        });
    let index;
    try {
        index = JSON.parse(got.bytes.toString('utf8'));
    }
    catch (e) {
        throw new src_errors/* PipelineError */.zC('NOT_FOUND', `the release index ${shown} is not JSON (${e.message.slice(0, 80)})`, { input: 'packer-version', hint });
    }
    const version = latestStableVersion(index, `the release index ${shown}`);
    log(`packer-version latest is Packer ${version} (highest stable version in ${shown})`);
    return version;
}
async function systemPacker() {
    const bin = await io/* which */.K7('packer', false);
    if (bin === '')
        throw new src_errors/* PipelineError */.zC('NOT_FOUND', "packer-version is 'system' but no packer is on PATH", {
            input: 'packer-version',
            hint: 'Install packer on the runner, or set packer-version to a release like 1.11.2.',
        });
    const out = await (0,src_process/* run */.e)(bin, ['version'], { maxBuffer: 64 * 1024 });
    const version = parsePackerVersion(out.stdout);
    if (out.code !== 0 || version === undefined)
        throw new src_errors/* PipelineError */.zC('BUILDER', `'${bin} version' did not report a version: ${(out.stderr || out.stdout).trim().slice(0, 200)}`);
    return { path: bin, version, source: 'system' };
}
/**
 * The expected zip sum: from SHA256SUMS once its signature verified, which
 * must agree with the pin when both exist (see the top of this file for when
 * the pin alone is enough).
 */
async function expectedSum(rel, pinned, trust, latest, log, net) {
    const sums = await fetchReleaseFile(rel.sumsUrl, MAX_SUMS_BYTES, 'a SHA256SUMS', net);
    if ('failure' in sums) {
        if (pinned !== undefined) {
            log(`SHA256SUMS not available (${sums.failure}); using the pinned packer-sha256`);
            return { sum: pinned };
        }
        throw new src_errors/* PipelineError */.zC('NETWORK', `could not read ${(0,origin/* redactUrl */.BO)(rel.sumsUrl)}: ${sums.failure}`, {
            input: 'packer-version',
            hint: sums.transient
                ? `${unreachableHint(rel.sumsUrl)} A packer-sha256 pin installs without SHA256SUMS.`
                : 'Check the version exists, or pin the zip with packer-sha256.',
        });
    }
    let signedBy;
    const sig = await fetchReleaseFile(rel.sigUrl, MAX_SIG_BYTES, 'a signature', net);
    if ('failure' in sig) {
        if (pinned === undefined && sig.transient)
            throw new src_errors/* PipelineError */.zC('NETWORK', `could not read ${(0,origin/* redactUrl */.BO)(rel.sigUrl)}, the signature of ${rel.sumsName}: ${sig.failure}`, {
                input: 'packer-version',
                hint: `${unreachableHint(rel.sigUrl)} A packer-sha256 pin installs without the signature.`,
            });
        if (pinned === undefined)
            throw new src_errors/* PipelineError */.zC('SIGNATURE', `the signature of ${rel.sumsName} is missing: ${(0,origin/* redactUrl */.BO)(rel.sigUrl)} answered ${sig.failure}`, {
                input: 'packer-version',
                hint: `Nothing was installed. HashiCorp signs every release's SHA256SUMS; without ${rel.sigName} its checksums prove nothing. Use a release site or mirror that serves the .sig files too, or pin the zip with packer-sha256.`,
            });
        log(`${rel.sigName} not available (${sig.failure}); relying on the pinned packer-sha256`);
    }
    else {
        const v = await verifySumsSignature(sums.bytes, sig.bytes, trust.keys, {
            sumsName: rel.sumsName,
            sigName: rel.sigName,
            sigUrl: rel.sigUrl,
            ...(trust.input === undefined ? {} : { keyInput: trust.input }),
        });
        signedBy = v.fingerprint;
        const when = v.created === undefined ? '' : `, signed ${v.created.toISOString()}`;
        log(`${rel.sumsName}: good signature by ${trust.keys.label} (key ${v.keyId}${when})`);
    }
    const listed = checksumFor(sums.bytes.toString('utf8'), rel.zipName);
    if (listed === undefined) {
        throw new src_errors/* PipelineError */.zC('NOT_FOUND', `${rel.sumsUrl} lists no file named exactly ${rel.zipName}`, {
            input: 'packer-version',
            hint: `Packer ${rel.version} may have no ${rel.os}/${rel.arch} build.`,
        });
    }
    if (pinned !== undefined && pinned !== listed) {
        throw new src_errors/* PipelineError */.zC('DIGEST_MISMATCH', `packer-sha256 is ${pinned}, but ${signedBy === undefined ? '' : 'the signed '}SHA256SUMS lists ${listed} for ${rel.zipName}`, {
            input: 'packer-sha256',
            hint: latest
                ? `packer-version latest is now ${rel.version}, and a pin fits one release: set packer-version to the release the pin belongs to, or drop the pin and rely on the signature.`
                : 'Update the pin to the published sum if you changed packer-version; otherwise treat the release site answer as suspect.',
        });
    }
    return signedBy === undefined ? { sum: listed } : { sum: listed, signedBy };
}
async function reverifyCached(dir, binName, expected, rel) {
    const zip = external_node_path_.join(dir, ZIP_IN_CACHE);
    const bad = (what) => new src_errors/* PipelineError */.zC('DIGEST_MISMATCH', `the cached Packer ${rel.version} in ${dir} failed re-verification: ${what}`, {
        hint: `Something changed the tool cache. Delete ${dir} and run again to reinstall from a verified download.`,
    });
    let zipSum;
    try {
        zipSum = await sha256File(zip);
    }
    catch {
        throw bad(`${ZIP_IN_CACHE} is missing`);
    }
    if (zipSum !== expected)
        throw bad(`the cached zip has sha256 ${zipSum}, expected ${expected}`);
    const fresh = await tool_cache/* extractZip */.JE(zip);
    try {
        const [want, got] = await Promise.all([sha256File(external_node_path_.join(fresh, binName)), sha256File(external_node_path_.join(dir, binName)).catch(() => 'missing')]);
        if (want !== got)
            throw bad(`the binary has sha256 ${got}, but the verified zip holds ${want}`);
    }
    finally {
        await promises_.rm(fresh, { recursive: true, force: true });
    }
}
/** The zip must hold the binary as a regular file (no link pointing elsewhere). */
async function assertPlainBinary(bin, rel) {
    const st = await promises_.lstat(bin).catch(() => undefined);
    if (st === undefined || !st.isFile())
        throw new src_errors/* PipelineError */.zC('UNSAFE_PATH', `${rel.zipName} does not contain a regular file named ${external_node_path_.basename(bin)}`, { input: 'packer-version' });
}
async function checkReportedVersion(bin, version) {
    const out = await (0,src_process/* run */.e)(bin, ['version'], { maxBuffer: 64 * 1024 });
    const got = parsePackerVersion(out.stdout);
    if (got !== version)
        throw new src_errors/* PipelineError */.zC('BUILDER', `the installed packer reports version ${got ?? 'nothing'}, expected ${version}`, { input: 'packer-version' });
}
async function sha256File(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}

;// CONCATENATED MODULE: ./shared/src/builders/packer/packer-output.ts
/**
 * Reading what `packer build -machine-readable` prints and what the manifest
 * post-processor writes, as pure functions. Machine-readable lines are
 * `timestamp,target,type,data...` with commas in data escaped as
 * `%!(PACKER_COMMA)` and newlines as a literal `\n`. AMI builders report an
 * artifact id of the form `region:ami-id[,region:ami-id...]`, in both places.
 */

function unescapeField(s) {
    return s
        .replace(/%!\(PACKER_COMMA\)/g, ',')
        .replace(/\\n/g, '\n')
        .replace(/\\r/g, '\r');
}
/** One line of machine-readable output, or undefined for a line that is not one. */
function parseMachineReadableLine(line) {
    const parts = line.split(',');
    if (parts.length < 3 || !/^\d+$/.test(parts[0] ?? ''))
        return undefined;
    const target = parts[1] ?? '';
    const type = parts[2] ?? '';
    const data = parts.slice(3).map(unescapeField);
    switch (type) {
        case 'ui':
            return { kind: 'ui', level: data[0] ?? 'say', text: data.slice(1).join(','), target };
        case 'artifact-count':
            return { kind: 'artifact-count', target, count: Number(data[0] ?? 0) };
        case 'artifact':
            return { kind: 'artifact', target, index: Number(data[0] ?? 0), key: data[1] ?? '', values: data.slice(2) };
        default:
            return { kind: 'other', target, type, data };
    }
}
/** Gathers artifacts from a stream of events. */
class ArtifactCollector {
    byKey = new Map();
    add(e) {
        if (e.kind !== 'artifact')
            return;
        const k = `${e.target}#${e.index}`;
        let a = this.byKey.get(k);
        if (a === undefined) {
            a = { target: e.target, index: e.index, builderId: '', id: '', description: '', files: [] };
            this.byKey.set(k, a);
        }
        const v = e.values.join(',');
        if (e.key === 'builder-id')
            a.builderId = v;
        else if (e.key === 'id')
            a.id = v;
        else if (e.key === 'string')
            a.description = v;
        else if (e.key === 'file')
            a.files.push(e.values[1] ?? v);
    }
    artifacts() {
        return [...this.byKey.values()];
    }
}
const AMI_PAIR = /^([a-z]{2,4}(?:-[a-z]+)+-\d{1,2}):(ami-[0-9a-f]{8,17})$/;
/** `us-east-1:ami-1,eu-west-1:ami-2` -> ordered pairs; undefined when not of that form. */
function parseAmiArtifactId(id) {
    const items = id.split(',').map((s) => s.trim());
    const pairs = [];
    for (const item of items) {
        const m = AMI_PAIR.exec(item);
        if (m === null)
            return undefined;
        pairs.push([m[1], m[2]]);
    }
    return pairs.length > 0 ? pairs : undefined;
}
/** A manifest field Packer writes as a string; '' when it is missing or not a scalar. */
const field = (v) => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '');
/**
 * The builds of the last run in a manifest post-processor file (the file
 * accumulates every run unless it is deleted first).
 */
function parseManifest(text, file) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        throw new src_errors/* PipelineError */.zC('BUILDER', `the Packer manifest is not JSON: ${e.message}`, {
            file,
            cause: e,
            hint: 'Delete the manifest file and build again.',
        });
    }
    const d = doc;
    if (!Array.isArray(d.builds))
        throw new src_errors/* PipelineError */.zC('BUILDER', "the manifest has no 'builds' list", {
            file,
            hint: 'Point the manifest input at the output of the manifest post-processor.',
        });
    const last = typeof d.last_run_uuid === 'string' ? d.last_run_uuid : undefined;
    return d.builds
        .map((b) => ({
        name: field(b['name']),
        builderType: field(b['builder_type']),
        artifactId: field(b['artifact_id']),
        runUuid: field(b['packer_run_uuid']),
        ...(typeof b['build_time'] === 'number' ? { buildTime: b['build_time'] } : {}),
        ...(b['custom_data'] !== null && typeof b['custom_data'] === 'object' ? { customData: b['custom_data'] } : {}),
    }))
        .filter((b) => last === undefined || b.runUuid === last);
}
/** Merge AMI artifact ids from any sources, first seen wins. */
function amiOutputs(artifactIds) {
    const amis = {};
    const conflicts = [];
    let amiId;
    for (const id of artifactIds) {
        for (const [region, ami] of parseAmiArtifactId(id) ?? []) {
            amiId ??= ami;
            const prior = amis[region];
            if (prior === undefined)
                amis[region] = ami;
            else if (prior !== ami)
                conflicts.push({ region, kept: prior, dropped: ami });
        }
    }
    return { amis, ...(amiId !== undefined ? { amiId } : {}), conflicts };
}

// EXTERNAL MODULE: ./shared/src/builders/packer/packer-template.ts
var packer_template = __webpack_require__(596);
;// CONCATENATED MODULE: ./shared/src/builders/packer/build-machine-image.ts
/**
 * build-image for machine images: install (or find) Packer, `packer init`
 * when the template needs plugins and Packer can, `packer validate`, then
 * `packer build -machine-readable` with the variables given, streaming
 * progress and reading the artifacts (and the manifest file, when the
 * template has a manifest post-processor) into `amis` and `ami-id`.
 */








const MR_ENV = { CHECKPOINT_DISABLE: '1', PACKER_NO_COLOR: '1' };
async function buildMachineImage(o) {
    const started = Date.now();
    const log = o.log ?? (() => undefined);
    const progress = o.onProgress ?? (() => undefined);
    const template = await (0,packer_template/* readTemplate */.xV)(o.template);
    const packer = await installPacker({
        version: o.packerVersion ?? 'system',
        ...(o.releasesUrl !== undefined ? { baseUrl: o.releasesUrl } : {}),
        ...(o.packerSha256 !== undefined ? { sha256: o.packerSha256 } : {}),
        ...(o.packerPgpKey !== undefined ? { pgpKey: o.packerPgpKey } : {}),
        log,
    });
    const env = { ...(o.env ?? process.env), ...MR_ENV };
    const varArgs = [
        ...Object.entries(o.variables ?? {}).flatMap(([k, v]) => {
            if (!/^[A-Za-z_][\w-]*$/.test(k))
                throw new src_errors/* PipelineError */.zC('INPUT', `'${k}' is not a Packer variable name`, { input: 'packer-vars' });
            return ['-var', `${k}=${v}`];
        }),
        ...(o.varFiles ?? []).map((f) => `-var-file=${external_node_path_.resolve(f)}`),
        ...((o.only ?? []).length > 0 ? [`-only=${(o.only ?? []).join(',')}`] : []),
    ];
    const shownVars = Object.keys(o.variables ?? {}).map((k) => `-var ${k}=***`);
    let initRan = false;
    const needsPlugins = (0,packer_template/* declaresRequiredPlugins */.N2)(template);
    if (needsPlugins) {
        if (compareVersions(packer.version, '1.7.0') >= 0) {
            log(`packer init ${template.path}`);
            const init = await (0,src_process/* run */.e)(packer.path, ['init', template.path], { cwd: template.dir, env, onLine: (text) => progress({ level: 'raw', text, target: '' }) });
            if (init.code !== 0)
                throw packerFailure('init', init.code, init.stderr || init.stdout, template.path);
            initRan = true;
        }
        else {
            log(`Packer ${packer.version} has no 'packer init' (1.7+); the template's required_plugins must already be installed`);
        }
    }
    log(`packer validate ${[...shownVars, template.path].join(' ')}`);
    const validate = await (0,src_process/* run */.e)(packer.path, ['validate', ...varArgs, template.path], { cwd: template.dir, env });
    if (validate.code !== 0) {
        const failure = packerFailure('validate', validate.code, validate.stdout + validate.stderr, template.path);
        if (needsPlugins && !initRan) {
            throw new src_errors/* PipelineError */.zC('BUILDER', failure.message, {
                ...(failure.file !== undefined ? { file: failure.file } : {}),
                ...(failure.line !== undefined ? { line: failure.line } : {}),
                hint: `The template declares required_plugins, which Packer ${packer.version} does not know: set packer-version to 1.7.0 or later so 'packer init' can install them.`,
            });
        }
        throw failure;
    }
    const manifestFiles = o.manifest !== undefined ? [external_node_path_.resolve(o.manifest)] : (0,packer_template/* manifestOutputs */.A)(template).map((f) => external_node_path_.resolve(template.dir, f));
    const buildStart = Date.now();
    log(`packer build -machine-readable ${[...shownVars, template.path].join(' ')}`);
    const collector = new ArtifactCollector();
    const errors = [];
    const build = await (0,src_process/* run */.e)(packer.path, ['build', '-machine-readable', ...varArgs, template.path], {
        cwd: template.dir,
        env,
        onLine: (line, stream) => {
            const e = parseMachineReadableLine(line);
            if (e === undefined) {
                if (line.trim() !== '')
                    progress({ level: stream === 'stderr' ? 'error' : 'raw', text: line, target: '' });
                return;
            }
            collector.add(e);
            if (e.kind === 'ui') {
                if (e.level === 'error')
                    errors.push(e.text.trim());
                progress({ level: e.level, text: e.text, target: e.target });
            }
        },
    });
    if (build.code !== 0)
        throw packerFailure('build', build.code, errors.join('\n') || build.stderr || build.stdout, template.path);
    const artifacts = collector.artifacts();
    let manifest;
    for (const file of manifestFiles) {
        const st = await promises_.stat(file).catch(() => undefined);
        // A manifest left from an earlier run is not this build's.
        if (st === undefined || st.mtimeMs < buildStart - 1000)
            continue;
        manifest = { file, builds: parseManifest(await promises_.readFile(file, 'utf8'), file) };
        break;
    }
    const outs = amiOutputs([...artifacts.map((a) => a.id), ...(manifest?.builds.map((b) => b.artifactId) ?? [])]);
    for (const c of outs.conflicts)
        log(`two builds made AMIs in ${c.region}: keeping ${c.kept} in 'amis', not ${c.dropped}`);
    if (o.amiRegion !== undefined) {
        const chosen = outs.amis[o.amiRegion];
        if (chosen === undefined && Object.keys(outs.amis).length > 0) {
            throw new src_errors/* PipelineError */.zC('INPUT', `the build made no AMI in ${o.amiRegion} (it made: ${Object.keys(outs.amis).join(', ')})`, { input: 'ami-region' });
        }
        if (chosen !== undefined)
            outs.amiId = chosen;
    }
    const durationMs = Date.now() - started;
    const builds = artifacts.length > 0
        ? artifacts.map((a) => ({ target: a.target, builderId: a.builderId, artifactId: a.id }))
        : (manifest?.builds ?? []).map((b) => ({ target: `${b.builderType}.${b.name}`, builderId: b.builderType, artifactId: b.artifactId }));
    return {
        packer,
        template: template.path,
        initRan,
        artifacts,
        ...(manifest !== undefined ? { manifest } : {}),
        amis: outs.amis,
        ...(outs.amiId !== undefined ? { amiId: outs.amiId } : {}),
        durationMs,
        summary: {
            title: Object.keys(outs.amis).length > 0
                ? `Machine image built: ${Object.keys(outs.amis).length} region(s)`
                : 'Machine image build finished (no AMI artifacts)',
            packerVersion: packer.version,
            packerSource: packer.source,
            template: template.path,
            builds,
            amis: outs.amis,
            seconds: Math.round(durationMs / 100) / 10,
        },
    };
}
/**
 * A Packer failure as a PipelineError, pointing at the template file and
 * line when Packer names them (`on foo.pkr.hcl line 3:`).
 */
function packerFailure(step, code, output, templatePath) {
    const text = output.replace(/\r/g, '');
    const where = /\bon (\S+) line (\d+)[,:]/.exec(text);
    const firstError = /Error: ([^\n]+)/.exec(text)?.[1] ?? text.trim().split('\n').slice(-5).join(' ').slice(0, 500);
    const detail = text
        .split('\n')
        .filter((l) => l.trim() !== '' && !l.includes('(source code not available)'))
        .slice(0, 12)
        .join('\n');
    const file = where !== null ? external_node_path_.resolve(external_node_path_.dirname(templatePath), where[1]) : templatePath;
    return new src_errors/* PipelineError */.zC('BUILDER', `packer ${step} failed (exit ${code}): ${firstError}\n${detail}`, {
        file: external_node_path_.relative(process.cwd(), file) || file,
        ...(where !== null ? { line: Number(where[2]) } : {}),
        hint: step === 'init'
            ? 'Check required_plugins sources and versions, and that the runner can reach the plugin host.'
            : step === 'validate'
                ? 'Fix the template at the line shown.'
                : 'Read the Packer log above for the failing step.',
    });
}


/***/ }),

/***/ 9892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ pipeToFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The one way we stream into a file: open it first, then pipe.
 *
 * fs.createWriteStream opens its file in the background. When the pipeline feeding it fails first (a download
 * cut off, a digest that does not match), the pipeline rejects before that open lands: with a fetch body cut
 * midway, 6 runs in 300 here. A cleanup that runs on the rejection (`rm` of the partial file) then misses the
 * file the open creates a moment later, and a `.part` is left behind; with flags 'w', a late open truncates
 * the file a retry is already writing. Opening first makes "the file exists" true before any byte can fail,
 * so the caller's cleanup always sees what it must remove.
 */


/**
 * Stream `source` through `transforms` into `file`, opened (and so created) before the first byte moves.
 * The streams must not be flowing yet (no 'data' listener): bytes that flow while the file opens are lost.
 * On any failure, the open's included, every stream given is destroyed and the error thrown; the file, when
 * the open made it, is the caller's to remove.
 */
async function pipeToFile(file, opts, source, ...transforms) {
    const streams = [source, ...transforms];
    // While the file opens nothing listens yet: a body cut in that moment would emit an 'error' the process throws.
    // pipeline then finds the stream destroyed and rejects with its error.
    const held = () => undefined;
    for (const s of streams)
        s.on('error', held);
    try {
        let handle;
        try {
            handle = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open(file, opts.flags, opts.mode ?? 0o666);
        }
        catch (e) {
            for (const s of streams)
                s.destroy();
            throw e;
        }
        // The write stream closes the handle when it ends or fails. pipeline takes streamx readables as it takes
        // Node's (it looks for pipe and on); its array overload's type does not say so.
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_1__.pipeline)([source, ...transforms, handle.createWriteStream()]);
    }
    finally {
        for (const s of streams)
            s.removeListener('error', held);
    }
}


/***/ }),

/***/ 3938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CT: () => (/* binding */ refusesMonolithic),
/* harmony export */   L8: () => (/* binding */ classify),
/* harmony export */   LD: () => (/* binding */ decide),
/* harmony export */   Qz: () => (/* binding */ registryClassify),
/* harmony export */   Vw: () => (/* binding */ blobRaceClassify)
/* harmony export */ });
/* unused harmony export classifyFailure */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3904);
/* harmony import */ var _registry_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7221);
/**
 * Which failed registry requests are worth another try. Decisions look at
 * the status, the spec's error codes and socket error codes; never at
 * message text. The loop and the waits are retry/retry.ts's.
 *
 * - 408, 429 (honouring Retry-After), 5xx, connection resets/EOF: retry.
 * - BLOB_UPLOAD_UNKNOWN / BLOB_UPLOAD_INVALID: the upload session is gone;
 *   restart that blob's upload from the beginning.
 * - 401, 403, 404 (name/manifest unknown), 400 validation: never retried.
 * - A monolithic PUT refused as a mode the registry does not take
 *   (refusesMonolithic; MonolithicRefused): never retried, whatever codes
 *   come with it; the caller sends the blob as a PATCH instead.
 * - MANIFEST_BLOB_UNKNOWN on a manifest PUT whose blobs the caller has just
 *   verified present: retried by blobRaceClassify only (see there).
 */


const RETRY_ERRNO = new Set([
    'ECONNRESET',
    'EPIPE',
    'ETIMEDOUT',
    'ECONNABORTED',
    'EAI_AGAIN',
    'ERR_STREAM_PREMATURE_CLOSE',
    'UND_ERR_SOCKET',
    // undici's own deadlines (fetch: the Packer release files, release-fetch.ts): a connect, headers or body that did
    // not come in time is as transient as ETIMEDOUT.
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'EOF',
    'HPE_INVALID_CONSTANT',
]);
const RESTART_CODES = new Set(['BLOB_UPLOAD_UNKNOWN', 'BLOB_UPLOAD_INVALID']);
function classifyFailure(f) {
    if (f.codes !== undefined && f.codes.some((c) => RESTART_CODES.has(c)))
        return { kind: 'restart-upload' };
    if (f.errno !== undefined)
        return RETRY_ERRNO.has(f.errno) ? { kind: 'retry' } : { kind: 'fatal' };
    const s = f.status;
    if (s === undefined)
        return { kind: 'fatal' };
    if (s === 408 || s === 429 || (s >= 500 && s <= 599 && s !== 501 && s !== 505)) {
        return f.retryAfterMs !== undefined ? { kind: 'retry', afterMs: f.retryAfterMs } : { kind: 'retry' };
    }
    return { kind: 'fatal' };
}
/** The failure data of any error a registry request can end with. */
function failureOf(e) {
    if (e instanceof _registry_error_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl)
        return e.failure;
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isPipelineError */ .h$)(e))
        return undefined; // digest mismatch, auth, input: retrying cannot help
    const errno = e?.code;
    return typeof errno === 'string' ? { errno } : undefined;
}
function classify(e) {
    const f = failureOf(e);
    return f === undefined ? { kind: 'fatal' } : classifyFailure(f);
}
/**
 * Whether a failed monolithic PUT (POST, then PUT ?digest= carrying the
 * blob) says the registry does not take that mode: 405 or 501, or the
 * spec's UNSUPPORTED below 500. Pure.
 */
function refusesMonolithic(e) {
    if (!(e instanceof _registry_error_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl) || e.code === 'AUTH')
        return false;
    const { status, codes = [] } = e.failure;
    // A 5xx is the registry's trouble (retried as such), not an answer about the mode; 501 says it does not implement it.
    return status === 405 || status === 501 || (codes.includes('UNSUPPORTED') && status !== undefined && status < 500);
}
/**
 * The classifier withRetry takes for registry requests. `restartable` says
 * whether an upload-session loss can be handled by running the operation
 * again (true at the blob level only, distribute/upload-blobs.ts).
 */
function registryClassify(opts = {}) {
    return (e) => {
        // An answer about the upload mode, not a fault: a code beside it (BLOB_UPLOAD_INVALID) must not read as a lost session.
        if (e instanceof _registry_error_js__WEBPACK_IMPORTED_MODULE_1__/* .MonolithicRefused */ .vo)
            return { retry: false, why: 'the registry does not take a blob in one PUT' };
        return decide(failureOf(e), opts.restartable === true);
    };
}
/**
 * withRetry's decision on a failure's data (undefined: nothing says another
 * try could help), by classifyFailure's rules: the one mapping for the
 * registry's requests and for other HTTP fetches that extract their own
 * failure data (builders/packer/release-fetch.ts). `restartable`: a lost
 * upload session is healed by running the operation again.
 */
function decide(f, restartable = false) {
    const v = f === undefined ? { kind: 'fatal' } : classifyFailure(f);
    const why = f === undefined ? 'not retryable' : (f.codes?.[0] ?? f.errno ?? (f.status !== undefined ? `HTTP ${f.status}` : 'unknown'));
    if (v.kind === 'retry')
        return v.afterMs !== undefined ? { retry: true, retryAfterMs: v.afterMs, why } : { retry: true, why };
    return { retry: v.kind === 'restart-upload' && restartable, why };
}
/**
 * A manifest PUT refused with MANIFEST_BLOB_UNKNOWN although every blob it
 * names was uploaded and checked present a moment before. distribution's
 * filesystem driver rewrites a repository's blob link in place (truncate,
 * then write) when another push of the same blob commits, so for a moment
 * the link reads empty and the blob is "unknown"; registries on eventually
 * consistent storage show the same. Only callers that verified the blobs
 * (distribute/put-manifests.ts, through putManifest's `blobsVerified`) use
 * this: elsewhere the code means what it says, and the referrers fallback
 * relies on it to prune an entry whose manifest is gone.
 */
function blobRaceClassify() {
    const base = registryClassify();
    return (e) => {
        const codes = e instanceof _registry_error_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryError */ .gl ? (e.failure.codes ?? []) : [];
        if (codes.includes('MANIFEST_BLOB_UNKNOWN') || codes.includes('BLOB_UNKNOWN'))
            return { retry: true, why: 'MANIFEST_BLOB_UNKNOWN after the blobs were verified' };
        return base(e);
    };
}


/***/ })

};
