/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * A 9P2000.L client.
 *
 *   struct uk_9pdev *dev;
 *   uk_9pdev_connect(NULL, "fs0", msize, &dev);   transport, mount tag
 *   struct uk_9pfid *root = uk_9p_attach(dev, "", &err);
 *   struct uk_9pfid *f = uk_9p_walk(dev, root, "grass", &err);
 *   uk_9p_open(dev, f, O_RDONLY);
 *   uk_9p_read(dev, f, offset, buf, len);          bytes read
 *   uk_9p_clunk(dev, f);
 *
 * uk9p negotiates "9P2000.L" and the message size at connect time
 * (the server may lower it; dev->msize is the result). Calls returning
 * int give 0 (or a byte count) or a negative errno: the server's error
 * (Rlerror carries a Linux errno) or -EIO/-EPROTO when the reply is
 * malformed. Calls returning a fid give NULL and set *err. One request is
 * in flight per device at a time (a mutex serialises callers). read and
 * write move at most dev->msize - 24 bytes per request (the payload goes
 * straight between the caller's buffer and the transport).
 */
#ifndef __UK_9P_H__
#define __UK_9P_H__

#include <stdint.h>
#include <sys/types.h>
#include <uk/mutex.h>

#define UK_9P_NOFID	((uint32_t)~0U)
#define UK_9P_IOHDRSZ	24

struct uk_9pdev_trans;

struct uk_9pdev {
	struct uk_9pdev_trans *trans;
	void *priv;			/* the transport's */
	uint32_t msize;
	uint32_t next_fid;
	struct uk_mutex lock;
	char *tbuf;			/* one request at a time */
	char *rbuf;
	size_t rbuf_len;
};

struct uk_9p_qid {
	uint8_t type;
	uint32_t version;
	uint64_t path;
};

#define UK_9P_QTDIR	0x80

struct uk_9pfid {
	uint32_t fid;
	struct uk_9p_qid qid;
	uint32_t iounit;
};

/* Rgetattr */
struct uk_9p_attr {
	uint64_t valid;
	struct uk_9p_qid qid;
	uint32_t mode, uid, gid;
	uint64_t nlink, rdev, size, blksize, blocks;
	uint64_t atime_sec, atime_nsec, mtime_sec, mtime_nsec;
	uint64_t ctime_sec, ctime_nsec;
};

#define UK_9P_GETATTR_BASIC	0x000007ffULL

/* Tsetattr valid bits */
#define UK_9P_SETATTR_MODE	0x00000001U
#define UK_9P_SETATTR_SIZE	0x00000008U
#define UK_9P_SETATTR_MTIME	0x00000020U

struct uk_9p_statfs {
	uint32_t type, bsize;
	uint64_t blocks, bfree, bavail, files, ffree, fsid;
	uint32_t namelen;
};

/* One Rreaddir entry */
struct uk_9p_dirent {
	struct uk_9p_qid qid;
	uint64_t offset;	/* cookie of the next entry */
	uint8_t type;
	char name[256];
};

/* NULL trans: the default transport */
int uk_9pdev_connect(struct uk_9pdev_trans *trans, const char *device_id,
		     uint32_t msize, struct uk_9pdev **devp);
void uk_9pdev_disconnect(struct uk_9pdev *dev);

/* Tversion (done by uk_9pdev_connect): sets dev->msize */
int uk_9p_version(struct uk_9pdev *dev, uint32_t msize);
struct uk_9pfid *uk_9p_attach(struct uk_9pdev *dev, const char *aname,
			      int *err);
/* name NULL: a clone of fid */
struct uk_9pfid *uk_9p_walk(struct uk_9pdev *dev, struct uk_9pfid *fid,
			    const char *name, int *err);
int uk_9p_clunk(struct uk_9pdev *dev, struct uk_9pfid *fid);
/* Linux O_* access mode; the fid becomes an open file */
int uk_9p_open(struct uk_9pdev *dev, struct uk_9pfid *fid, uint32_t flags);
/* fid (a directory) becomes the new file `name`, opened */
int uk_9p_create(struct uk_9pdev *dev, struct uk_9pfid *fid,
		 const char *name, uint32_t flags, uint32_t mode,
		 uint32_t gid);
ssize_t uk_9p_read(struct uk_9pdev *dev, struct uk_9pfid *fid,
		   uint64_t offset, void *buf, uint32_t count);
ssize_t uk_9p_write(struct uk_9pdev *dev, struct uk_9pfid *fid,
		    uint64_t offset, const void *buf, uint32_t count);
int uk_9p_getattr(struct uk_9pdev *dev, struct uk_9pfid *fid,
		  uint64_t mask, struct uk_9p_attr *attr);
int uk_9p_setattr(struct uk_9pdev *dev, struct uk_9pfid *fid,
		  uint32_t valid, uint32_t mode, uint64_t size,
		  uint64_t mtime_sec, uint64_t mtime_nsec);
/* Entries from cookie `offset` into buf (at most count bytes of raw
 * Rreaddir data); returns the byte count, 0 at the end. Walk the
 * entries with uk_9p_dirent_next. */
ssize_t uk_9p_readdir(struct uk_9pdev *dev, struct uk_9pfid *fid,
		      uint64_t offset, void *buf, uint32_t count);
/* Parses the entry at *pos of buf[0..len); 0, or -ENOENT past the end,
 * -EPROTO if malformed */
int uk_9p_dirent_next(const void *buf, size_t len, size_t *pos,
		      struct uk_9p_dirent *de);
int uk_9p_mkdir(struct uk_9pdev *dev, struct uk_9pfid *dfid,
		const char *name, uint32_t mode, uint32_t gid);
int uk_9p_unlinkat(struct uk_9pdev *dev, struct uk_9pfid *dfid,
		   const char *name, uint32_t flags);
int uk_9p_renameat(struct uk_9pdev *dev, struct uk_9pfid *olddfid,
		   const char *oldname, struct uk_9pfid *newdfid,
		   const char *newname);
/* A symbolic link `name` in directory dfid pointing to target */
int uk_9p_symlink(struct uk_9pdev *dev, struct uk_9pfid *dfid,
		  const char *name, const char *target, uint32_t gid);
/* The target of the link fid into buf (NUL-terminated): its length, or
 * -ENAMETOOLONG if it does not fit in size bytes */
ssize_t uk_9p_readlink(struct uk_9pdev *dev, struct uk_9pfid *fid,
		       char *buf, size_t size);
/* A new name `name` in directory dfid for the file fid (a hard link) */
int uk_9p_link(struct uk_9pdev *dev, struct uk_9pfid *dfid,
	       struct uk_9pfid *fid, const char *name);
int uk_9p_fsync(struct uk_9pdev *dev, struct uk_9pfid *fid);
int uk_9p_statfs(struct uk_9pdev *dev, struct uk_9pfid *fid,
		 struct uk_9p_statfs *st);

#endif /* __UK_9P_H__ */
