/**
 * How blobs go up (client.ts uploadBlob): the modes, and the one a push
 * uses unless told. A module of its own so the actions' input checks can
 * name the default without loading the registry client.
 */
export type UploadMode = { kind: 'patch' } | { kind: 'put' } | { kind: 'chunked'; chunkSize: number };

/**
 * How a blob goes up unless the user asks for chunks: POST, then one PUT
 * ?digest= carrying the whole blob. It is what BuildKit sends (containerd's
 * remotes/docker/pusher.go has no other mode), so docker/build-push-action
 * pushes this way to every registry our users reach; docker and skopeo send
 * a streamed PATCH and then an empty PUT instead, one round trip more per
 * blob. A registry that refuses the PUT as a mode it does not take
 * (MonolithicRefused) gets the blob again as a streamed PATCH, and every
 * later blob of the push too (upload-blobs.ts). Measured: bench/push.ts
 * --modes patch,put.
 */
export const DEFAULT_UPLOAD_MODE: Readonly<UploadMode> = Object.freeze({ kind: 'put' });
