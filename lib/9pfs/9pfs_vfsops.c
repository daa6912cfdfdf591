/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * 9pfs: mounting a 9P share (filesystem type "9pfs"). The device is the
 * share's name for the transport (virtio-9p: the mount tag); the only
 * option is msize=<bytes> (default CONFIG_LIB9PFS_MSIZE).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/statfs.h>
#include <uk/config.h>
#include <uk/print.h>
#include "9pfs.h"

static int parse_opts(const char *opts, uint32_t *msize)
{
	const char *p = opts;

	*msize = CONFIG_LIB9PFS_MSIZE;
	while (p && *p) {
		const char *end = strchrnul(p, ',');
		char *num_end;

		if (!strncmp(p, "msize=", 6)) {
			unsigned long v = strtoul(p + 6, &num_end, 0);

			if (num_end != end || v < 8192 || v > (64UL << 20)) {
				uk_pr_err("9pfs: bad msize in \"%s\" (8192 to "
					  "64 MiB)\n", opts);
				return EINVAL;
			}
			*msize = (uint32_t)v;
		} else if (end != p) {
			uk_pr_err("9pfs: unknown mount option \"%.*s\" "
				  "(supported: msize=)\n", (int)(end - p), p);
			return EINVAL;
		}
		p = *end ? end + 1 : end;
	}
	return 0;
}

static int p9fs_mount(struct mount *mp, const char *dev, int flags __unused,
		      const void *data)
{
	struct uk_9pdev *p9dev;
	struct uk_9pfid *root;
	uint32_t msize;
	int rc;

	rc = parse_opts(data, &msize);
	if (rc)
		return rc;
	rc = uk_9pdev_connect(NULL, dev, msize, &p9dev);
	if (rc)
		return -rc;
	root = uk_9p_attach(p9dev, "", &rc);
	if (!root) {
		uk_pr_err("9pfs: attach to %s failed: %d\n", dev, rc);
		uk_9pdev_disconnect(p9dev);
		return -rc;
	}
	mp->m_data = p9dev;
	mp->m_root = p9fs_vnode(mp, root, &rc);
	if (!mp->m_root) {
		mp->m_data = NULL;
		uk_9pdev_disconnect(p9dev);
		return -rc;
	}
	return 0;
}

static int p9fs_unmount(struct mount *mp, int flags __unused)
{
	uk_9pdev_disconnect(mp->m_data);
	mp->m_data = NULL;
	return 0;
}

static int p9fs_statfs(struct mount *mp, struct statfs *sf)
{
	struct uk_9p_statfs st;
	int rc;

	rc = uk_9p_statfs(mp->m_data, mp->m_root->v_data, &st);
	if (rc)
		return -rc;
	sf->f_type = st.type;
	sf->f_bsize = st.bsize;
	sf->f_frsize = st.bsize;
	sf->f_blocks = st.blocks;
	sf->f_bfree = st.bfree;
	sf->f_bavail = st.bavail;
	sf->f_files = st.files;
	sf->f_ffree = st.ffree;
	sf->f_fsid.__val[0] = (int)st.fsid;
	sf->f_fsid.__val[1] = (int)(st.fsid >> 32);
	sf->f_namelen = st.namelen;
	return 0;
}

static const struct vfsops p9fs_vfsops = {
	.vfs_mount = p9fs_mount,
	.vfs_unmount = p9fs_unmount,
	.vfs_sync = VOP_NULL,
	.vfs_statfs = p9fs_statfs,
	.vfs_vnops = &p9fs_vnops,
};

static struct vfscore_fs_type p9fs_fs = {
	.vs_name = "9pfs",
	.vs_op = &p9fs_vfsops,
};

UK_FS_REGISTER(p9fs_fs);
