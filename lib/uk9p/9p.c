/* SPDX-License-Identifier: BSD-3-Clause */
/* 9P2000.L messages: building requests, checking and reading replies. */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <uk/9p.h>
#include <uk/9pdev_trans.h>
#include <uk/assert.h>
#include <uk/print.h>
#include <uk/sched.h>

enum {
	P9_RLERROR = 7, P9_TSTATFS = 8, P9_TLOPEN = 12, P9_TLCREATE = 14,
	P9_TSYMLINK = 16, P9_TREADLINK = 22, P9_TGETATTR = 24,
	P9_TSETATTR = 26, P9_TREADDIR = 40,
	P9_TFSYNC = 50, P9_TLINK = 70, P9_TMKDIR = 72, P9_TRENAMEAT = 74,
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
 * Appends fields as fmt says: b u8, w u16, d u32, q u64, s string,
 * f the number of a struct uk_9pfid *.
 */
static void vtput(struct msg *t, const char *fmt, va_list ap)
{
	for (; *fmt; fmt++) {
		switch (*fmt) {
		case 'b': put8(t, (uint8_t)va_arg(ap, unsigned int)); break;
		case 'w': put16(t, (uint16_t)va_arg(ap, unsigned int)); break;
		case 'd': put32(t, va_arg(ap, uint32_t)); break;
		case 'q': put64(t, va_arg(ap, uint64_t)); break;
		case 's': putstr(t, va_arg(ap, const char *)); break;
		case 'f':
			put32(t, va_arg(ap, struct uk_9pfid *)->fid);
			break;
		default:
			UK_CRASH("9p: bad format character %c\n", *fmt);
		}
	}
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
	/* A request is a blocking point: other threads run while the
	 * server works, at least once per request (cooperative) */
	while (!rc) {
		uk_sched_yield();
		rc = dev->trans->ops->poll(dev, &req);
	}
	if (rc < 0)
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

/*
 * Builds a request from fmt and runs it, with optional payloads that go
 * straight from zc_out / into zc_in (then the reply header is rhdr_len
 * bytes); the reply is left in r: the caller holds the device lock while
 * reading it.
 */
static int zc_request(struct uk_9pdev *dev, uint8_t type, struct msg *r,
		      const void *zc_out, size_t zc_out_len, void *zc_in,
		      size_t zc_in_len, size_t rhdr_len, const char *fmt, ...)
{
	struct msg t;
	va_list ap;

	tstart(dev, &t, type, type == P9_TVERSION ? P9_NOTAG : P9_TAG);
	va_start(ap, fmt);
	vtput(&t, fmt, ap);
	va_end(ap);
	return rpc(dev, &t, zc_out, zc_out_len, zc_in, zc_in_len, rhdr_len,
		   r);
}

#define request(dev, type, r, fmt, ...)					\
	zc_request(dev, type, r, NULL, 0, NULL, 0, 0, fmt, __VA_ARGS__)

/* A request whose reply carries nothing but success */
#define simple_request(dev, type, fmt, ...)				\
	({								\
		struct msg __r;						\
		int __rc;						\
		uk_mutex_lock(&(dev)->lock);				\
		__rc = request(dev, type, &__r, fmt, __VA_ARGS__);	\
		uk_mutex_unlock(&(dev)->lock);				\
		__rc;							\
	})

static struct uk_9pfid *fid_alloc(struct uk_9pdev *dev)
{
	struct uk_9pfid *fid = calloc(1, sizeof(*fid));

	if (fid)
		fid->fid = dev->next_fid++;
	return fid;
}

int uk_9p_version(struct uk_9pdev *dev, uint32_t msize)
{
	char version[16];
	struct msg r;
	uint16_t n;
	int rc;

	uk_mutex_lock(&dev->lock);
	rc = request(dev, P9_TVERSION, &r, "ds", msize, "9P2000.L");
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

/* nfid after the request that made it: NULL and *err when rc failed */
static struct uk_9pfid *new_fid_reply(struct uk_9pfid *nfid, int rc,
				      int *err)
{
	if (rc) {
		free(nfid);
		*err = rc;
		return NULL;
	}
	return nfid;
}

struct uk_9pfid *uk_9p_attach(struct uk_9pdev *dev, const char *aname,
			      int *err)
{
	struct uk_9pfid *fid = fid_alloc(dev);
	struct msg r;
	int rc;

	if (!fid) {
		*err = -ENOMEM;
		return NULL;
	}
	uk_mutex_lock(&dev->lock);
	rc = request(dev, P9_TATTACH, &r, "fdssd", fid, UK_9P_NOFID, "root",
		     aname, 0);
	if (!rc) {
		getqid(&r, &fid->qid);
		rc = r.err;
	}
	uk_mutex_unlock(&dev->lock);
	return new_fid_reply(fid, rc, err);
}

struct uk_9pfid *uk_9p_walk(struct uk_9pdev *dev, struct uk_9pfid *fid,
			    const char *name, int *err)
{
	struct uk_9pfid *nfid = fid_alloc(dev);
	struct msg r;
	uint16_t nwqid;
	int rc;

	if (!nfid) {
		*err = -ENOMEM;
		return NULL;
	}
	uk_mutex_lock(&dev->lock);
	if (name)
		rc = request(dev, P9_TWALK, &r, "ffws", fid, nfid, 1, name);
	else
		rc = request(dev, P9_TWALK, &r, "ffw", fid, nfid, 0);
	if (!rc) {
		nwqid = get16(&r);
		if (name && nwqid == 1)
			getqid(&r, &nfid->qid);
		else if (!name)
			nfid->qid = fid->qid;
		/* Fewer qids than names: the name does not exist */
		rc = r.err ? r.err : (name && nwqid != 1) ? -ENOENT : 0;
	}
	uk_mutex_unlock(&dev->lock);
	return new_fid_reply(nfid, rc, err);
}

int uk_9p_clunk(struct uk_9pdev *dev, struct uk_9pfid *fid)
{
	int rc = simple_request(dev, P9_TCLUNK, "f", fid);

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
	struct msg r;
	int rc;

	uk_mutex_lock(&dev->lock);
	rc = request(dev, P9_TLOPEN, &r, "fd", fid, flags);
	if (!rc)
		rc = open_reply(&r, fid);
	uk_mutex_unlock(&dev->lock);
	return rc;
}

int uk_9p_create(struct uk_9pdev *dev, struct uk_9pfid *fid,
		 const char *name, uint32_t flags, uint32_t mode,
		 uint32_t gid)
{
	struct msg r;
	int rc;

	uk_mutex_lock(&dev->lock);
	rc = request(dev, P9_TLCREATE, &r, "fsddd", fid, name, flags, mode,
		     gid);
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

/*
 * Tread/Twrite/Treaddir: fid offset count, the payload moving directly
 * between buf and the transport. Returns the count the reply carries.
 */
static ssize_t io_request(struct uk_9pdev *dev, uint8_t type,
			  struct uk_9pfid *fid, uint64_t offset, void *buf,
			  uint32_t count)
{
	int out = type == P9_TWRITE;
	uint32_t done = 0;
	struct msg r;
	int rc;

	if (count > io_max(dev, fid))
		count = io_max(dev, fid);
	uk_mutex_lock(&dev->lock);
	/* Rread/Rreaddir: size type tag count[4], then the data */
	rc = zc_request(dev, type, &r, out ? buf : NULL, out ? count : 0,
			out ? NULL : buf, out ? 0 : count, HDR_LEN + 4,
			"fqd", fid, offset, count);
	if (!rc) {
		done = get32(&r);
		rc = r.err;
		if (!rc && done > count) {
			uk_pr_err("9p: reply of %u bytes to a request of %u\n",
				  done, count);
			rc = -EPROTO;
		}
	}
	uk_mutex_unlock(&dev->lock);
	return rc ? rc : (ssize_t)done;
}

ssize_t uk_9p_read(struct uk_9pdev *dev, struct uk_9pfid *fid,
		   uint64_t offset, void *buf, uint32_t count)
{
	return io_request(dev, P9_TREAD, fid, offset, buf, count);
}

ssize_t uk_9p_write(struct uk_9pdev *dev, struct uk_9pfid *fid,
		    uint64_t offset, const void *buf, uint32_t count)
{
	return io_request(dev, P9_TWRITE, fid, offset, (void *)buf, count);
}

ssize_t uk_9p_readdir(struct uk_9pdev *dev, struct uk_9pfid *fid,
		      uint64_t offset, void *buf, uint32_t count)
{
	return io_request(dev, P9_TREADDIR, fid, offset, buf, count);
}

int uk_9p_getattr(struct uk_9pdev *dev, struct uk_9pfid *fid,
		  uint64_t mask, struct uk_9p_attr *a)
{
	struct msg r;
	int rc;

	uk_mutex_lock(&dev->lock);
	rc = request(dev, P9_TGETATTR, &r, "fq", fid, mask);
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
	/* fid valid mode uid gid size atime[2] mtime[2] */
	return simple_request(dev, P9_TSETATTR, "fddddqqqqq", fid, valid,
			      mode, 0, 0, size, (uint64_t)0, (uint64_t)0,
			      mtime_sec, mtime_nsec);
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
	return simple_request(dev, P9_TMKDIR, "fsdd", dfid, name, mode, gid);
}

int uk_9p_unlinkat(struct uk_9pdev *dev, struct uk_9pfid *dfid,
		   const char *name, uint32_t flags)
{
	return simple_request(dev, P9_TUNLINKAT, "fsd", dfid, name, flags);
}

int uk_9p_renameat(struct uk_9pdev *dev, struct uk_9pfid *olddfid,
		   const char *oldname, struct uk_9pfid *newdfid,
		   const char *newname)
{
	return simple_request(dev, P9_TRENAMEAT, "fsfs", olddfid, oldname,
			      newdfid, newname);
}

int uk_9p_symlink(struct uk_9pdev *dev, struct uk_9pfid *dfid,
		  const char *name, const char *target, uint32_t gid)
{
	/* Rsymlink carries the new link's qid, which nobody here needs */
	return simple_request(dev, P9_TSYMLINK, "fssd", dfid, name, target,
			      gid);
}

ssize_t uk_9p_readlink(struct uk_9pdev *dev, struct uk_9pfid *fid,
		       char *buf, size_t size)
{
	struct msg r;
	uint16_t n;
	ssize_t rc;

	uk_mutex_lock(&dev->lock);
	rc = request(dev, P9_TREADLINK, &r, "f", fid);
	if (!rc) {
		n = get16(&r);
		if (r.err)
			rc = r.err;
		else if (n >= size)
			rc = -ENAMETOOLONG;
		else {
			get(&r, buf, n);
			buf[n] = '\0';
			rc = r.err ? r.err : n;
		}
	}
	uk_mutex_unlock(&dev->lock);
	return rc;
}

int uk_9p_link(struct uk_9pdev *dev, struct uk_9pfid *dfid,
	       struct uk_9pfid *fid, const char *name)
{
	return simple_request(dev, P9_TLINK, "ffs", dfid, fid, name);
}

int uk_9p_fsync(struct uk_9pdev *dev, struct uk_9pfid *fid)
{
	/* datasync 0: data and metadata */
	return simple_request(dev, P9_TFSYNC, "fd", fid, 0);
}

int uk_9p_statfs(struct uk_9pdev *dev, struct uk_9pfid *fid,
		 struct uk_9p_statfs *st)
{
	struct msg r;
	int rc;

	uk_mutex_lock(&dev->lock);
	rc = request(dev, P9_TSTATFS, &r, "f", fid);
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
