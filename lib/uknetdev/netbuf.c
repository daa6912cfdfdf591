/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Netbuf allocation, reference counting and chains (<uk/netbuf.h>).
 * An allocated netbuf is laid out as: header, private area, padding to
 * the buffer's alignment, buffer.
 */
#include <errno.h>
#include <string.h>
#include <uk/netbuf.h>

static void netbuf_init(struct uk_netbuf *m, void *buf, __sz buflen,
			__u16 headroom, void *priv, uk_netbuf_dtor_t dtor)
{
	memset(m, 0, sizeof(*m));
	m->buf = buf;
	m->buflen = buflen;
	m->data = (__u8 *)buf + headroom;
	m->refcount = 1;
	m->priv = priv;
	m->dtor = dtor;
}

static __sz header_size(__sz privlen)
{
	return ALIGN_UP(sizeof(struct uk_netbuf), sizeof(void *))
		+ ALIGN_UP(privlen, sizeof(void *));
}

static void *priv_of(struct uk_netbuf *m, __sz privlen)
{
	if (!privlen)
		return __NULL;
	return (__u8 *)m + ALIGN_UP(sizeof(struct uk_netbuf), sizeof(void *));
}

struct uk_netbuf *uk_netbuf_alloc_buf(struct uk_alloc *a, __sz buflen,
				      __sz bufalign, __u16 headroom,
				      __sz privlen, uk_netbuf_dtor_t dtor)
{
	struct uk_netbuf *m;
	__sz hdr;
	void *mem;

	UK_ASSERT(a);
	if (headroom > buflen)
		return __NULL;
	if (bufalign < sizeof(void *))
		bufalign = sizeof(void *);
	hdr = ALIGN_UP(header_size(privlen), bufalign);
	mem = uk_memalign(a, bufalign, hdr + buflen);
	if (!mem)
		return __NULL;
	m = mem;
	netbuf_init(m, (__u8 *)mem + hdr, buflen, headroom,
		    priv_of(m, privlen), dtor);
	m->_a = a;
	m->_b = mem;
	return m;
}

struct uk_netbuf *uk_netbuf_prepare_buf(void *mem, __sz size,
					__u16 headroom, __sz privlen,
					uk_netbuf_dtor_t dtor)
{
	struct uk_netbuf *m = mem;
	__sz hdr = header_size(privlen);

	UK_ASSERT(mem);
	if (size < hdr + headroom)
		return __NULL;
	netbuf_init(m, (__u8 *)mem + hdr, size - hdr, headroom,
		    priv_of(m, privlen), dtor);
	m->_b = mem;
	return m;
}

struct uk_netbuf *uk_netbuf_alloc_indir(struct uk_alloc *a, void *buf,
					__sz buflen, __u16 headroom,
					__sz privlen, uk_netbuf_dtor_t dtor)
{
	struct uk_netbuf *m;

	UK_ASSERT(a);
	if (headroom > buflen)
		return __NULL;
	m = uk_malloc(a, header_size(privlen));
	if (!m)
		return __NULL;
	netbuf_init(m, buf, buflen, headroom, priv_of(m, privlen), dtor);
	m->_a = a;
	m->_b = m;
	return m;
}

static void netbuf_release(struct uk_netbuf *m)
{
	if (m->dtor)
		m->dtor(m);
	else if (m->_a)
		uk_free(m->_a, m->_b);
}

void uk_netbuf_free_single(struct uk_netbuf *m)
{
	UK_ASSERT(m && m->refcount > 0);
	UK_ASSERT(!m->next && !m->prev);
	if (--m->refcount == 0)
		netbuf_release(m);
}

void uk_netbuf_free(struct uk_netbuf *m)
{
	struct uk_netbuf *next;

	UK_ASSERT(m && !m->prev);
	for (; m; m = next) {
		next = m->next;
		UK_ASSERT(m->refcount > 0);
		if (--m->refcount == 0) {
			/* Cut it loose so a dtor sees a single netbuf */
			if (next)
				next->prev = __NULL;
			m->next = __NULL;
			netbuf_release(m);
		}
	}
}

void uk_netbuf_ref(struct uk_netbuf *m)
{
	for (; m; m = m->next)
		m->refcount++;
}

static struct uk_netbuf *chain_last(struct uk_netbuf *m)
{
	while (m->next)
		m = m->next;
	return m;
}

void uk_netbuf_connect(struct uk_netbuf *headtail, struct uk_netbuf *tail)
{
	struct uk_netbuf *after, *last;

	UK_ASSERT(headtail && tail && !tail->prev);
	after = headtail->next;
	last = chain_last(tail);
	headtail->next = tail;
	tail->prev = headtail;
	last->next = after;
	if (after)
		after->prev = last;
}

void uk_netbuf_append(struct uk_netbuf *head, struct uk_netbuf *tail)
{
	UK_ASSERT(head && tail);
	uk_netbuf_connect(chain_last(head), tail);
}

struct uk_netbuf *uk_netbuf_disconnect(struct uk_netbuf *m)
{
	struct uk_netbuf *next = m->next;

	if (m->prev)
		m->prev->next = next;
	if (next)
		next->prev = m->prev;
	m->next = m->prev = __NULL;
	return next;
}

unsigned int uk_netbuf_count(struct uk_netbuf *m)
{
	unsigned int n = 0;

	for (; m; m = m->next)
		n++;
	return n;
}

__sz uk_netbuf_len(struct uk_netbuf *m)
{
	__sz len = 0;

	for (; m; m = m->next)
		len += m->len;
	return len;
}

int uk_netbuf_header(struct uk_netbuf *m, __s16 delta)
{
	UK_ASSERT(m);
	if (delta > 0 && (__sz)delta > uk_netbuf_headroom(m))
		return -ENOSPC;
	if (delta < 0 && (__sz)(-delta) > m->len)
		return -EINVAL;
	m->data = (__u8 *)m->data - delta;
	m->len += delta;
	return 0;
}
