/* SPDX-License-Identifier: BSD-3-Clause */
/* 9P2000.L messages: building requests, checking and reading replies. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <uk/9p.h>
#include <uk/9pdev_trans.h>
#include <uk/print.h>

enum {
	P9_RLERROR = 7, P9_TSTATFS = 8, P9_TLOPEN = 12, P9_TLCREATE = 14,
	P9_TGETATTR = 24, P9_TSETATTR = 26, P9_TREADDIR = 40,
	P9_TFSYNC = 50, P9_TMKDIR = 72, P9_TRENAMEAT = 74,
	P9_TUNLINKAT = 76, P9_TVERSION = 100, P9_TATTACH = 104,
	P9_TWALK = 110, P9_TREAD = 116, P9_TWRITE = 118, P9_TCLUNK = 120,
};

#define P9_NOTAG	0xffff
#define P9_TAG		1
#define HDR_LEN		7	/* size[4] type[1] tag[2] */

/* A message being written (t) or read (r); overflow sets err */
struct msg {
	char *buf;
	size_t pos, len;
	int err;
};

static void put(struct msg *m, const void *p, size_t n)
{
	if (m->err || m->pos + n > m->len) {
		m->err = -ENAMETOOLONG;
		return;
	}
	memcpy(m->buf + m->pos, p, n);
	m->pos += n;
}

/* 9P is little endian, like the CPUs we run on */
static void put8(struct msg *m, uint8_t v) { put(m, &v, 1); }
static void put16(struct msg *m, uint16_t v) { put(m, &v, 2); }
static void put32(struct msg *m, uint32_t v) { put(m, &v, 4); }
static void put64(struct msg *m, uint64_t v) { put(m, &v, 8); }

static void putstr(struct msg *m, const char *s)
{
	size_t n = strlen(s);

	if (n > 0xffff) {
		m->err = -ENAMETOOLONG;
		return;
	}
	put16(m, (uint16_t)n);
	put(m, s, n);
}

static void get(struct msg *m, void *p, size_t n)
{
	if (m->err || m->pos + n > m->len) {
		m->err = -EPROTO;
		memset(p, 0, n);
		return;
	}
	memcpy(p, m->buf + m->pos, n);
	m->pos += n;
}

static uint8_t get8(struct msg *m) { uint8_t v; get(m, &v, 1); return v; }
static uint16_t get16(struct msg *m) { uint16_t v; get(m, &v, 2); return v; }
static uint32_t get32(struct msg *m) { uint32_t v; get(m, &v, 4); return v; }
static uint64_t get64(struct msg *m) { uint64_t v; get(m, &v, 8); return v; }

static void getqid(struct msg *m, struct uk_9p_qid *q)
{
	q->type = get8(m);
	q->version = get32(m);
	q->path = get64(m);
}

/* Starts a request of `type` in the device's buffer */
static void tstart(struct uk_9pdev *dev, struct msg *t, uint8_t type,
		   uint16_t tag)
{
	t->buf = dev->tbuf;
	t->len = dev->msize < 8192 ? dev->msize : 8192;
	t->pos = 4;
	t->err = 0;
	put8(t, type);
	put16(t, tag);
}

/*
 * Sends t (plus zc_out bytes after it), waits for the reply of type
 * type+1 (payload beyond the header into zc_in) and leaves r at the
 * reply's body. The device lock is held by the caller.
 */
static int rpc(struct uk_9pdev *dev, struct msg *t, const void *zc_out,
	       size_t zc_out_len, void *zc_in, size_t zc_in_len,
	       size_t rhdr_len, struct msg *r)
{
	struct uk_9preq req = { 0 };
	uint8_t ttype = (uint8_t)t->buf[4], rtype;
	uint32_t size;
	int rc;

	if (t->err)
		return t->err;
	size = (uint32_t)(t->pos + zc_out_len);
	memcpy(t->buf, &size, 4);
	req.tx = t->buf;
	req.tx_len = t->pos;
	req.tx_zc = zc_out_len ? zc_out : NULL;
	req.tx_zc_len = zc_out_len;
	req.rx = dev->rbuf;
	req.rx_len = zc_in ? rhdr_len : dev->rbuf_len;
	req.rx_zc = zc_in_len ? zc_in : NULL;
	req.rx_zc_len = zc_in_len;
	rc = dev->trans->ops->request(dev, &req);
	if (rc)
		return rc;

	r->buf = dev->rbuf;
	r->pos = 0;
	r->err = 0;
	r->len = req.rx_done < req.rx_len ? req.rx_done : req.rx_len;
	size = get32(r);
	rtype = get8(r);
	get16(r);
	if (r->err || size < HDR_LEN || size > req.rx_done) {
		uk_pr_err("9p: malformed reply to message type %u\n", ttype);
		return -EPROTO;
	}
	if (size < r->len)
		r->len = size;
	if (rtype == P9_RLERROR) {
		uint32_t ecode = get32(r);

		uk_pr_debug("9p: message type %u: server error %u\n", ttype,
			    ecode);
		return ecode ? -(int)ecode : -EIO;
	}
	if (rtype != ttype + 1) {
		uk_pr_err("9p: reply type %u to message type %u\n", rtype,
			  ttype);
		return -EPROTO;
	}
	return 0;
}

static struct uk_9pfid *fid_alloc(struct uk_9pdev *dev)
{
	struct uk_9pfid *fid = calloc(1, sizeof(*fid));

	if (fid)
		fid->fid = dev->next_fid++;
	return fid;
}

int uk_9p_version(struct uk_9pdev *dev, uint32_t msize)
{
	struct msg t, r;
	char version[16];
	uint16_t n;
	int rc;

	uk_mutex_lock(&dev->lock);
	tstart(dev, &t, P9_TVERSION, P9_NOTAG);
	put32(&t, msize);
	putstr(&t, "9P2000.L");
	rc = rpc(dev, &t, NULL, 0, NULL, 0, 0, &r);
	if (!rc) {
		dev->msize = get32(&r);
		n = get16(&r);
		if (n >= sizeof(version))
			n = sizeof(version) - 1;
		get(&r, version, n);
		version[n] = '\0';
		rc = r.err;
		if (!rc && strcmp(version, "9P2000.L")) {
			uk_pr_err("9p: the server speaks %s, not 9P2000.L\n",
				  version);
			rc = -EPROTONOSUPPORT;
		}
		if (!rc && (dev->msize > msize || dev->msize < 4096)) {
			uk_pr_err("9p: server chose msize %u (asked %u)\n",
				  dev->msize, msize);
			rc = -EPROTO;
		}
	}
	uk_mutex_unlock(&dev->lock);
	return rc;
}

struct uk_9pfid *uk_9p_attach(struct uk_9pdev *dev, const char *aname,
			      int *err)
{
	struct uk_9pfid *fid = fid_alloc(dev);
	struct msg t, r;
	int rc;

	if (!fid) {
		*err = -ENOMEM;
		return NULL;
	}
	uk_mutex_lock(&dev->lock);
	tstart(dev, &t, P9_TATTACH, P9_TAG);
	put32(&t, fid->fid);
	put32(&t, UK_9P_NOFID);
	putstr(&t, "root");
	putstr(&t, aname);
	put32(&t, 0);
	rc = rpc(dev, &t, NULL, 0, NULL, 0, 0, &r);
	if (!rc) {
		getqid(&r, &fid->qid);
		rc = r.err;
	}
	uk_mutex_unlock(&dev->lock);
	if (rc) {
		free(fid);
		*err = rc;
		return NULL;
	}
	return fid;
}

struct uk_9pfid *uk_9p_walk(struct uk_9pdev *dev, struct uk_9pfid *fid,
			    const char *name, int *err)
{
	struct uk_9pfid *nfid = fid_alloc(dev);
	struct msg t, r;
	uint16_t nwqid;
	int rc;

	if (!nfid) {
		*err = -ENOMEM;
		return NULL;
	}
	uk_mutex_lock(&dev->lock);
	tstart(dev, &t, P9_TWALK, P9_TAG);
	put32(&t, fid->fid);
	put32(&t, nfid->fid);
	put16(&t, name ? 1 : 0);
	if (name)
		putstr(&t, name);
	rc = rpc(dev, &t, NULL, 0, NULL, 0, 0, &r);
	if (!rc) {
		nwqid = get16(&r);
		if (name && nwqid == 1)
			getqid(&r, &nfid->qid);
		else if (!name)
			nfid->qid = fid->qid;
		rc = r.err ? r.err : (name && nwqid != 1) ? -ENOENT : 0;
	}
	uk_mutex_unlock(&dev->lock);
	if (rc) {
		free(nfid);
		*err = rc;
		return NULL;
	}
	return nfid;
}

/* A request whose reply carries nothing we need */
#define SIMPLE_RPC(dev, t, r)	rpc(dev, t, NULL, 0, NULL, 0, 0, r)

int uk_9p_clunk(struct uk_9pdev *dev, struct uk_9pfid *fid)
{
	struct msg t, r;
	int rc;

	uk_mutex_lock(&dev->lock);
	tstart(dev, &t, P9_TCLUNK, P9_TAG);
	put32(&t, fid->fid);
	rc = SIMPLE_RPC(dev, &t, &r);
	uk_mutex_unlock(&dev->lock);
	/* The fid is gone on the server even if clunk failed */
	free(fid);
	return rc;
}

static int open_reply(struct msg *r, struct uk_9pfid *fid)
{
	getqid(r, &fid->qid);
	fid->iounit = get32(r);
	return r->err;
}

int uk_9p_open(struct uk_9pdev *dev, struct uk_9pfid *fid, uint32_t flags)
{
	struct msg t, r;
	int rc;

	uk_mutex_lock(&dev->lock);
	tstart(dev, &t, P9_TLOPEN, P9_TAG);
	put32(&t, fid->fid);
	put32(&t, flags);
	rc = SIMPLE_RPC(dev, &t, &r);
	if (!rc)
		rc = open_reply(&r, fid);
	uk_mutex_unlock(&dev->lock);
	return rc;
}

int uk_9p_create(struct uk_9pdev *dev, struct uk_9pfid *fid,
		 const char *name, uint32_t flags, uint32_t mode,
		 uint32_t gid)
{
	struct msg t, r;
	int rc;

	uk_mutex_lock(&dev->lock);
	tstart(dev, &t, P9_TLCREATE, P9_TAG);
	put32(&t, fid->fid);
	putstr(&t, name);
	put32(&t, flags);
	put32(&t, mode);
	put32(&t, gid);
	rc = SIMPLE_RPC(dev, &t, &r);
	if (!rc)
		rc = open_reply(&r, fid);
	uk_mutex_unlock(&dev->lock);
	return rc;
}

static uint32_t io_max(struct uk_9pdev *dev, struct uk_9pfid *fid)
{
	uint32_t max = dev->msize - UK_9P_IOHDRSZ;

	if (fid->iounit && fid->iounit < max)
		max = fid->iounit;
	return max;
}

ssize_t uk_9p_read(struct uk_9pdev *dev, struct uk_9pfid *fid,
		   uint64_t offset, void *buf, uint32_t count)
{
	struct msg t, r;
	uint32_t got = 0;
	int rc;

	if (count > io_max(dev, fid))
		count = io_max(dev, fid);
	uk_mutex_lock(&dev->lock);
	tstart(dev, &t, P9_TREAD, P9_TAG);
	put32(&t, fid->fid);
	put64(&t, offset);
	put32(&t, count);
	/* Rread: size type tag count[4], then the data into buf */
	rc = rpc(dev, &t, NULL, 0, buf, count, HDR_LEN + 4, &r);
	if (!rc) {
		got = get32(&r);
		rc = r.err;
		if (!rc && got > count) {
			uk_pr_err("9p: Rread of %u bytes, %u asked\n", got,
				  count);
			rc = -EPROTO;
		}
	}
	uk_mutex_unlock(&dev->lock);
	return rc ? rc : (ssize_t)got;
}

ssize_t uk_9p_write(struct uk_9pdev *dev, struct uk_9pfid *fid,
		    uint64_t offset, const void *buf, uint32_t count)
{
	struct msg t, r;
	uint32_t done = 0;
	int rc;

	if (count > io_max(dev, fid))
		count = io_max(dev, fid);
	uk_mutex_lock(&dev->lock);
	tstart(dev, &t, P9_TWRITE, P9_TAG);
	put32(&t, fid->fid);
	put64(&t, offset);
	put32(&t, count);
	rc = rpc(dev, &t, buf, count, NULL, 0, 0, &r);
	if (!rc) {
		done = get32(&r);
		rc = r.err;
		if (!rc && done > count)
			rc = -EPROTO;
	}
	uk_mutex_unlock(&dev->lock);
	return rc ? rc : (ssize_t)done;
}

int uk_9p_getattr(struct uk_9pdev *dev, struct uk_9pfid *fid,
		  uint64_t mask, struct uk_9p_attr *a)
{
	struct msg t, r;
	int rc;

	uk_mutex_lock(&dev->lock);
	tstart(dev, &t, P9_TGETATTR, P9_TAG);
	put32(&t, fid->fid);
	put64(&t, mask);
	rc = SIMPLE_RPC(dev, &t, &r);
	if (!rc) {
		a->valid = get64(&r);
		getqid(&r, &a->qid);
		a->mode = get32(&r);
		a->uid = get32(&r);
		a->gid = get32(&r);
		a->nlink = get64(&r);
		a->rdev = get64(&r);
		a->size = get64(&r);
		a->blksize = get64(&r);
		a->blocks = get64(&r);
		a->atime_sec = get64(&r);
		a->atime_nsec = get64(&r);
		a->mtime_sec = get64(&r);
		a->mtime_nsec = get64(&r);
		a->ctime_sec = get64(&r);
		a->ctime_nsec = get64(&r);
		rc = r.err;
	}
	uk_mutex_unlock(&dev->lock);
	return rc;
}

int uk_9p_setattr(struct uk_9pdev *dev, struct uk_9pfid *fid,
		  uint32_t valid, uint32_t mode, uint64_t size,
		  uint64_t mtime_sec, uint64_t mtime_nsec)
{
	struct msg t, r;
	int rc;

	uk_mutex_lock(&dev->lock);
	tstart(dev, &t, P9_TSETATTR, P9_TAG);
	put32(&t, fid->fid);
	put32(&t, valid);
	put32(&t, mode);
	put32(&t, 0);		/* uid */
	put32(&t, 0);		/* gid */
	put64(&t, size);
	put64(&t, 0);		/* atime */
	put64(&t, 0);
	put64(&t, mtime_sec);
	put64(&t, mtime_nsec);
	rc = SIMPLE_RPC(dev, &t, &r);
	uk_mutex_unlock(&dev->lock);
	return rc;
}

ssize_t uk_9p_readdir(struct uk_9pdev *dev, struct uk_9pfid *fid,
		      uint64_t offset, void *buf, uint32_t count)
{
	struct msg t, r;
	uint32_t n = 0;
	int rc;

	if (count > io_max(dev, fid))
		count = io_max(dev, fid);
	uk_mutex_lock(&dev->lock);
	tstart(dev, &t, P9_TREADDIR, P9_TAG);
	put32(&t, fid->fid);
	put64(&t, offset);
	put32(&t, count);
	rc = rpc(dev, &t, NULL, 0, buf, count, HDR_LEN + 4, &r);
	if (!rc) {
		n = get32(&r);
		rc = r.err;
		if (!rc && n > count)
			rc = -EPROTO;
	}
	uk_mutex_unlock(&dev->lock);
	return rc ? rc : (ssize_t)n;
}

int uk_9p_dirent_next(const void *buf, size_t len, size_t *pos,
		      struct uk_9p_dirent *de)
{
	struct msg m = { .buf = (char *)buf, .pos = *pos, .len = len };
	uint16_t n;

	if (*pos >= len)
		return -ENOENT;
	getqid(&m, &de->qid);
	de->offset = get64(&m);
	de->type = get8(&m);
	n = get16(&m);
	if (m.err || n >= sizeof(de->name))
		return -EPROTO;
	get(&m, de->name, n);
	de->name[n] = '\0';
	if (m.err)
		return -EPROTO;
	*pos = m.pos;
	return 0;
}

int uk_9p_mkdir(struct uk_9pdev *dev, struct uk_9pfid *dfid,
		const char *name, uint32_t mode, uint32_t gid)
{
	struct msg t, r;
	int rc;

	uk_mutex_lock(&dev->lock);
	tstart(dev, &t, P9_TMKDIR, P9_TAG);
	put32(&t, dfid->fid);
	putstr(&t, name);
	put32(&t, mode);
	put32(&t, gid);
	rc = SIMPLE_RPC(dev, &t, &r);
	uk_mutex_unlock(&dev->lock);
	return rc;
}

int uk_9p_unlinkat(struct uk_9pdev *dev, struct uk_9pfid *dfid,
		   const char *name, uint32_t flags)
{
	struct msg t, r;
	int rc;

	uk_mutex_lock(&dev->lock);
	tstart(dev, &t, P9_TUNLINKAT, P9_TAG);
	put32(&t, dfid->fid);
	putstr(&t, name);
	put32(&t, flags);
	rc = SIMPLE_RPC(dev, &t, &r);
	uk_mutex_unlock(&dev->lock);
	return rc;
}

int uk_9p_renameat(struct uk_9pdev *dev, struct uk_9pfid *olddfid,
		   const char *oldname, struct uk_9pfid *newdfid,
		   const char *newname)
{
	struct msg t, r;
	int rc;

	uk_mutex_lock(&dev->lock);
	tstart(dev, &t, P9_TRENAMEAT, P9_TAG);
	put32(&t, olddfid->fid);
	putstr(&t, oldname);
	put32(&t, newdfid->fid);
	putstr(&t, newname);
	rc = SIMPLE_RPC(dev, &t, &r);
	uk_mutex_unlock(&dev->lock);
	return rc;
}

int uk_9p_fsync(struct uk_9pdev *dev, struct uk_9pfid *fid)
{
	struct msg t, r;
	int rc;

	uk_mutex_lock(&dev->lock);
	tstart(dev, &t, P9_TFSYNC, P9_TAG);
	put32(&t, fid->fid);
	put32(&t, 0);		/* datasync */
	rc = SIMPLE_RPC(dev, &t, &r);
	uk_mutex_unlock(&dev->lock);
	return rc;
}

int uk_9p_statfs(struct uk_9pdev *dev, struct uk_9pfid *fid,
		 struct uk_9p_statfs *st)
{
	struct msg t, r;
	int rc;

	uk_mutex_lock(&dev->lock);
	tstart(dev, &t, P9_TSTATFS, P9_TAG);
	put32(&t, fid->fid);
	rc = SIMPLE_RPC(dev, &t, &r);
	if (!rc) {
		st->type = get32(&r);
		st->bsize = get32(&r);
		st->blocks = get64(&r);
		st->bfree = get64(&r);
		st->bavail = get64(&r);
		st->files = get64(&r);
		st->ffree = get64(&r);
		st->fsid = get64(&r);
		st->namelen = get32(&r);
		rc = r.err;
	}
	uk_mutex_unlock(&dev->lock);
	return rc;
}
