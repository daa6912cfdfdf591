/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Network buffers (netbufs): the unit of packet exchange between network
 * drivers and network stacks.
 *
 * A netbuf describes a data area (`data`, `len`) inside a buffer (`buf`,
 * `buflen`). Room before the data (headroom) lets layers prepend headers
 * without copying (uk_netbuf_header()); room after it is the tailroom.
 * Netbufs can be chained (`next`/`prev`) into one packet; the first one is
 * the chain's head and functions taking "m" work on the whole chain
 * unless named *_single.
 *
 * Memory: uk_netbuf_alloc_buf() takes one allocation that holds the
 * netbuf header, an optional private area for the user (privlen bytes,
 * uk_netbuf_get_priv()) and the buffer; uk_netbuf_prepare_buf() lays the
 * same out in memory the caller owns. Every netbuf has a reference
 * count, starting at 1: uk_netbuf_ref() adds one, uk_netbuf_free()
 * drops one reference of every netbuf in the chain and releases those
 * that reach zero (running the destructor `dtor` if one was given,
 * otherwise returning the memory to the allocator `_a`).
 *
 * None of this is locked: a netbuf belongs to one thread at a time.
 */
#ifndef __UK_NETBUF_H__
#define __UK_NETBUF_H__

#include <uk/essentials.h>
#include <uk/alloc.h>
#include <uk/assert.h>

#ifdef __cplusplus
extern "C" {
#endif

struct uk_netbuf;

typedef void (*uk_netbuf_dtor_t)(struct uk_netbuf *m);

/* The driver validated the checksums of this received packet */
#define UK_NETBUF_F_DATA_VALID		0x1
/* The checksum of this packet is partial: the device completes it */
#define UK_NETBUF_F_PARTIAL_CSUM	0x2

struct uk_netbuf {
	struct uk_netbuf *next;
	struct uk_netbuf *prev;

	void *data;		/* first byte of payload */
	__u16 len;		/* payload bytes in this netbuf */
	__u16 flags;		/* UK_NETBUF_F_* */
	__u16 csum_start;	/* with PARTIAL_CSUM: where to sum from */
	__u16 csum_offset;	/* ... and where to store it, after start */

	void *buf;		/* the whole buffer */
	__sz buflen;

	__u32 refcount;
	void *priv;		/* the user's private area, or NULL */
	uk_netbuf_dtor_t dtor;	/* called instead of freeing to _a */
	struct uk_alloc *_a;	/* allocator of the memory, or NULL */
	void *_b;		/* start of that allocation */
};

/*
 * Allocate a netbuf with a buffer of buflen bytes aligned to bufalign,
 * headroom bytes reserved before the data (len = 0) and a private area
 * of privlen bytes. NULL when memory is short or headroom > buflen.
 */
struct uk_netbuf *uk_netbuf_alloc_buf(struct uk_alloc *a, __sz buflen,
				      __sz bufalign, __u16 headroom,
				      __sz privlen, uk_netbuf_dtor_t dtor);

/*
 * Lay a netbuf out inside mem (size bytes, owned by the caller): header,
 * private area, then the buffer. The netbuf has no allocator: `dtor`
 * (may be NULL) decides what happens on the last free. NULL when mem is
 * too small for the header, privlen and headroom.
 */
struct uk_netbuf *uk_netbuf_prepare_buf(void *mem, __sz size,
					__u16 headroom, __sz privlen,
					uk_netbuf_dtor_t dtor);

/* A netbuf header only, pointing at an existing buffer (indirect) */
struct uk_netbuf *uk_netbuf_alloc_indir(struct uk_alloc *a, void *buf,
					__sz buflen, __u16 headroom,
					__sz privlen, uk_netbuf_dtor_t dtor);

/* Drop one reference of every netbuf in m's chain; see above */
void uk_netbuf_free(struct uk_netbuf *m);
/* Drop one reference of m alone; m must not be part of a chain */
void uk_netbuf_free_single(struct uk_netbuf *m);

/* Add a reference to every netbuf in m's chain */
void uk_netbuf_ref(struct uk_netbuf *m);

static inline __u32 uk_netbuf_refcount_single_get(struct uk_netbuf *m)
{
	return m->refcount;
}

/* Append chain tail after the last netbuf of chain head */
void uk_netbuf_append(struct uk_netbuf *head, struct uk_netbuf *tail);
/* Insert chain tail right after the single netbuf headtail */
void uk_netbuf_connect(struct uk_netbuf *headtail, struct uk_netbuf *tail);
/* Take m out of its chain; returns its former successor (or NULL) */
struct uk_netbuf *uk_netbuf_disconnect(struct uk_netbuf *m);

/* Number of netbufs in the chain starting at m */
unsigned int uk_netbuf_count(struct uk_netbuf *m);
/* Payload bytes of the whole chain starting at m */
__sz uk_netbuf_len(struct uk_netbuf *m);

static inline __sz uk_netbuf_headroom(struct uk_netbuf *m)
{
	return (__sz)((__u8 *)m->data - (__u8 *)m->buf);
}

static inline __sz uk_netbuf_tailroom(struct uk_netbuf *m)
{
	return m->buflen - uk_netbuf_headroom(m) - m->len;
}

/*
 * Grow (delta > 0) the payload into the headroom, or shrink it from the
 * front (delta < 0). 0, or -ENOSPC / -EINVAL when there is not enough
 * headroom or payload; then nothing changed.
 */
int uk_netbuf_header(struct uk_netbuf *m, __s16 delta);

static inline void *uk_netbuf_get_priv(struct uk_netbuf *m)
{
	return m->priv;
}

#define uk_netbuf_mtod(m, type)	((type)(m)->data)

/* Iterate over the chain starting at head */
#define UK_NETBUF_CHAIN_FOREACH(var, head)				\
	for ((var) = (head); (var); (var) = (var)->next)

#ifdef __cplusplus
}
#endif

#endif /* __UK_NETBUF_H__ */
