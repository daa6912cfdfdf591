/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Intrusive lists, usable anywhere (no allocation, no locking: callers
 * serialise access themselves).
 *
 * 1. Linux-style circular doubly linked lists: embed a struct uk_list_head
 *    in your object, initialise the head with UK_LIST_HEAD(name) or
 *    UK_INIT_LIST_HEAD(&head), link with uk_list_add()/uk_list_add_tail(),
 *    unlink with uk_list_del() (entry left poisoned) or uk_list_del_init()
 *    (entry left as an empty list). uk_list_entry() turns a link back into
 *    its object. The _safe iterators allow deleting the current entry.
 *
 * 2. BSD <sys/queue.h>-style singly linked lists (UK_SLIST_*), singly linked
 *    tail queues (UK_STAILQ_*) and doubly linked tail queues (UK_TAILQ_*).
 *    As upstream Unikraft, `type` is a complete type including the
 *    `struct` keyword:
 *      struct foo { UK_TAILQ_ENTRY(struct foo) link; };
 *      UK_TAILQ_HEAD(foo_list, struct foo);
 *    The _SAFE iterators allow removing the current element.
 */
#ifndef __UK_LIST_H__
#define __UK_LIST_H__

#include <uk/essentials.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Linux-style doubly linked list ---------------------------------- */

struct uk_list_head {
	struct uk_list_head *next;
	struct uk_list_head *prev;
};

#define UK_LIST_HEAD_INIT(name)	{ &(name), &(name) }
#define UK_LIST_HEAD(name)						\
	struct uk_list_head name = UK_LIST_HEAD_INIT(name)

/* Poison values: dereferencing a deleted entry's links faults early */
#define UK_LIST_POISON1		((struct uk_list_head *)0x100)
#define UK_LIST_POISON2		((struct uk_list_head *)0x200)

static inline void UK_INIT_LIST_HEAD(struct uk_list_head *list)
{
	list->next = list;
	list->prev = list;
}

static inline void __uk_list_add(struct uk_list_head *entry,
				 struct uk_list_head *prev,
				 struct uk_list_head *next)
{
	next->prev = entry;
	entry->next = next;
	entry->prev = prev;
	prev->next = entry;
}

/* Insert entry right after head (stack order) */
static inline void uk_list_add(struct uk_list_head *entry,
			       struct uk_list_head *head)
{
	__uk_list_add(entry, head, head->next);
}

/* Insert entry right before head, i.e., at the end (queue order) */
static inline void uk_list_add_tail(struct uk_list_head *entry,
				    struct uk_list_head *head)
{
	__uk_list_add(entry, head->prev, head);
}

static inline void __uk_list_del(struct uk_list_head *prev,
				 struct uk_list_head *next)
{
	next->prev = prev;
	prev->next = next;
}

static inline void uk_list_del(struct uk_list_head *entry)
{
	__uk_list_del(entry->prev, entry->next);
	entry->next = UK_LIST_POISON1;
	entry->prev = UK_LIST_POISON2;
}

static inline void uk_list_del_init(struct uk_list_head *entry)
{
	__uk_list_del(entry->prev, entry->next);
	UK_INIT_LIST_HEAD(entry);
}

/* Move entry from its list to the front / the end of head */
static inline void uk_list_move(struct uk_list_head *entry,
				struct uk_list_head *head)
{
	__uk_list_del(entry->prev, entry->next);
	uk_list_add(entry, head);
}

static inline void uk_list_move_tail(struct uk_list_head *entry,
				     struct uk_list_head *head)
{
	__uk_list_del(entry->prev, entry->next);
	uk_list_add_tail(entry, head);
}

static inline int uk_list_empty(const struct uk_list_head *head)
{
	return head->next == head;
}

static inline int uk_list_is_last(const struct uk_list_head *entry,
				  const struct uk_list_head *head)
{
	return entry->next == head;
}

#define uk_list_entry(ptr, type, member)				\
	__containerof(ptr, type, member)

/* The list must not be empty */
#define uk_list_first_entry(head, type, member)				\
	uk_list_entry((head)->next, type, member)

#define uk_list_last_entry(head, type, member)				\
	uk_list_entry((head)->prev, type, member)

/* NULL when the list is empty */
#define uk_list_first_entry_or_null(head, type, member)			\
	(uk_list_empty(head) ? __NULL					\
			     : uk_list_first_entry(head, type, member))

#define uk_list_next_entry(pos, member)					\
	uk_list_entry((pos)->member.next, __typeof__(*(pos)), member)

#define uk_list_for_each(pos, head)					\
	for ((pos) = (head)->next; (pos) != (head); (pos) = (pos)->next)

#define uk_list_for_each_safe(pos, n, head)				\
	for ((pos) = (head)->next, (n) = (pos)->next;			\
	     (pos) != (head);						\
	     (pos) = (n), (n) = (pos)->next)

#define uk_list_for_each_entry(pos, head, member)			\
	for ((pos) = uk_list_entry((head)->next, __typeof__(*(pos)),	\
				   member);				\
	     &(pos)->member != (head);					\
	     (pos) = uk_list_next_entry(pos, member))

#define uk_list_for_each_entry_safe(pos, n, head, member)		\
	for ((pos) = uk_list_entry((head)->next, __typeof__(*(pos)),	\
				   member),				\
	     (n) = uk_list_next_entry(pos, member);			\
	     &(pos)->member != (head);					\
	     (pos) = (n), (n) = uk_list_next_entry(n, member))

/* ---- BSD singly linked list ------------------------------------------ */

#define UK_SLIST_HEAD(name, type)					\
	struct name {							\
		type *slh_first;					\
	}

#define UK_SLIST_HEAD_INITIALIZER(head)	{ __NULL }

#define UK_SLIST_ENTRY(type)						\
	struct {							\
		type *sle_next;						\
	}

#define UK_SLIST_INIT(head)		((head)->slh_first = __NULL)
#define UK_SLIST_EMPTY(head)		((head)->slh_first == __NULL)
#define UK_SLIST_FIRST(head)		((head)->slh_first)
#define UK_SLIST_NEXT(elm, field)	((elm)->field.sle_next)

#define UK_SLIST_INSERT_HEAD(head, elm, field)				\
	do {								\
		(elm)->field.sle_next = (head)->slh_first;		\
		(head)->slh_first = (elm);				\
	} while (0)

#define UK_SLIST_INSERT_AFTER(slistelm, elm, field)			\
	do {								\
		(elm)->field.sle_next = (slistelm)->field.sle_next;	\
		(slistelm)->field.sle_next = (elm);			\
	} while (0)

#define UK_SLIST_REMOVE_HEAD(head, field)				\
	((head)->slh_first = (head)->slh_first->field.sle_next)

#define UK_SLIST_REMOVE_AFTER(elm, field)				\
	((elm)->field.sle_next =					\
		(elm)->field.sle_next->field.sle_next)

/* O(n): walks from the head to find the predecessor */
#define UK_SLIST_REMOVE(head, elm, type, field)				\
	do {								\
		if ((head)->slh_first == (elm)) {			\
			UK_SLIST_REMOVE_HEAD(head, field);		\
		} else {						\
			type *__cur = (head)->slh_first;		\
			while (__cur->field.sle_next != (elm))		\
				__cur = __cur->field.sle_next;		\
			UK_SLIST_REMOVE_AFTER(__cur, field);		\
		}							\
	} while (0)

#define UK_SLIST_FOREACH(var, head, field)				\
	for ((var) = (head)->slh_first; (var);				\
	     (var) = (var)->field.sle_next)

#define UK_SLIST_FOREACH_SAFE(var, head, field, tvar)			\
	for ((var) = (head)->slh_first;					\
	     (var) && ((tvar) = (var)->field.sle_next, 1);		\
	     (var) = (tvar))

/* ---- BSD singly linked tail queue -------------------------------------- */

#define UK_STAILQ_HEAD(name, type)					\
	struct name {							\
		type *stqh_first;					\
		type **stqh_last;					\
	}

#define UK_STAILQ_HEAD_INITIALIZER(head)	{ __NULL, &(head).stqh_first }

#define UK_STAILQ_ENTRY(type)						\
	struct {							\
		type *stqe_next;					\
	}

#define UK_STAILQ_INIT(head)						\
	do {								\
		(head)->stqh_first = __NULL;				\
		(head)->stqh_last = &(head)->stqh_first;		\
	} while (0)

#define UK_STAILQ_EMPTY(head)		((head)->stqh_first == __NULL)
#define UK_STAILQ_FIRST(head)		((head)->stqh_first)
#define UK_STAILQ_NEXT(elm, field)	((elm)->field.stqe_next)

#define UK_STAILQ_INSERT_HEAD(head, elm, field)				\
	do {								\
		(elm)->field.stqe_next = (head)->stqh_first;		\
		if ((elm)->field.stqe_next == __NULL)			\
			(head)->stqh_last = &(elm)->field.stqe_next;	\
		(head)->stqh_first = (elm);				\
	} while (0)

#define UK_STAILQ_INSERT_TAIL(head, elm, field)				\
	do {								\
		(elm)->field.stqe_next = __NULL;			\
		*(head)->stqh_last = (elm);				\
		(head)->stqh_last = &(elm)->field.stqe_next;		\
	} while (0)

#define UK_STAILQ_INSERT_AFTER(head, tqelm, elm, field)			\
	do {								\
		(elm)->field.stqe_next = (tqelm)->field.stqe_next;	\
		if ((elm)->field.stqe_next == __NULL)			\
			(head)->stqh_last = &(elm)->field.stqe_next;	\
		(tqelm)->field.stqe_next = (elm);			\
	} while (0)

#define UK_STAILQ_REMOVE_HEAD(head, field)				\
	do {								\
		(head)->stqh_first =					\
			(head)->stqh_first->field.stqe_next;		\
		if ((head)->stqh_first == __NULL)			\
			(head)->stqh_last = &(head)->stqh_first;	\
	} while (0)

#define UK_STAILQ_REMOVE_AFTER(head, elm, field)			\
	do {								\
		(elm)->field.stqe_next =				\
			(elm)->field.stqe_next->field.stqe_next;	\
		if ((elm)->field.stqe_next == __NULL)			\
			(head)->stqh_last = &(elm)->field.stqe_next;	\
	} while (0)

/* O(n): walks from the head to find the predecessor */
#define UK_STAILQ_REMOVE(head, elm, type, field)			\
	do {								\
		if ((head)->stqh_first == (elm)) {			\
			UK_STAILQ_REMOVE_HEAD(head, field);		\
		} else {						\
			type *__cur = (head)->stqh_first;		\
			while (__cur->field.stqe_next != (elm))		\
				__cur = __cur->field.stqe_next;		\
			UK_STAILQ_REMOVE_AFTER(head, __cur, field);	\
		}							\
	} while (0)

#define UK_STAILQ_FOREACH(var, head, field)				\
	for ((var) = (head)->stqh_first; (var);				\
	     (var) = (var)->field.stqe_next)

#define UK_STAILQ_FOREACH_SAFE(var, head, field, tvar)			\
	for ((var) = (head)->stqh_first;				\
	     (var) && ((tvar) = (var)->field.stqe_next, 1);		\
	     (var) = (tvar))

/* ---- BSD doubly linked tail queue -------------------------------------- */

#define UK_TAILQ_HEAD(name, type)					\
	struct name {							\
		type *tqh_first;					\
		type **tqh_last;					\
	}

#define UK_TAILQ_HEAD_INITIALIZER(head)	{ __NULL, &(head).tqh_first }

#define UK_TAILQ_ENTRY(type)						\
	struct {							\
		type *tqe_next;						\
		type **tqe_prev;					\
	}

#define UK_TAILQ_INIT(head)						\
	do {								\
		(head)->tqh_first = __NULL;				\
		(head)->tqh_last = &(head)->tqh_first;			\
	} while (0)

#define UK_TAILQ_EMPTY(head)		((head)->tqh_first == __NULL)
#define UK_TAILQ_FIRST(head)		((head)->tqh_first)
#define UK_TAILQ_NEXT(elm, field)	((elm)->field.tqe_next)

/*
 * The last element and an element's predecessor are found through the
 * back pointers; this relies on the head and the entry having the same
 * layout, as in BSD.
 */
#define UK_TAILQ_LAST(head, headname)					\
	(*(((struct headname *)((head)->tqh_last))->tqh_last))
#define UK_TAILQ_PREV(elm, headname, field)				\
	(*(((struct headname *)((elm)->field.tqe_prev))->tqh_last))

#define UK_TAILQ_INSERT_HEAD(head, elm, field)				\
	do {								\
		(elm)->field.tqe_next = (head)->tqh_first;		\
		if ((elm)->field.tqe_next != __NULL)			\
			(head)->tqh_first->field.tqe_prev =		\
				&(elm)->field.tqe_next;			\
		else							\
			(head)->tqh_last = &(elm)->field.tqe_next;	\
		(head)->tqh_first = (elm);				\
		(elm)->field.tqe_prev = &(head)->tqh_first;		\
	} while (0)

#define UK_TAILQ_INSERT_TAIL(head, elm, field)				\
	do {								\
		(elm)->field.tqe_next = __NULL;				\
		(elm)->field.tqe_prev = (head)->tqh_last;		\
		*(head)->tqh_last = (elm);				\
		(head)->tqh_last = &(elm)->field.tqe_next;		\
	} while (0)

#define UK_TAILQ_INSERT_AFTER(head, listelm, elm, field)		\
	do {								\
		(elm)->field.tqe_next = (listelm)->field.tqe_next;	\
		if ((elm)->field.tqe_next != __NULL)			\
			(elm)->field.tqe_next->field.tqe_prev =		\
				&(elm)->field.tqe_next;			\
		else							\
			(head)->tqh_last = &(elm)->field.tqe_next;	\
		(listelm)->field.tqe_next = (elm);			\
		(elm)->field.tqe_prev = &(listelm)->field.tqe_next;	\
	} while (0)

#define UK_TAILQ_INSERT_BEFORE(listelm, elm, field)			\
	do {								\
		(elm)->field.tqe_prev = (listelm)->field.tqe_prev;	\
		(elm)->field.tqe_next = (listelm);			\
		*(listelm)->field.tqe_prev = (elm);			\
		(listelm)->field.tqe_prev = &(elm)->field.tqe_next;	\
	} while (0)

#define UK_TAILQ_REMOVE(head, elm, field)				\
	do {								\
		if ((elm)->field.tqe_next != __NULL)			\
			(elm)->field.tqe_next->field.tqe_prev =		\
				(elm)->field.tqe_prev;			\
		else							\
			(head)->tqh_last = (elm)->field.tqe_prev;	\
		*(elm)->field.tqe_prev = (elm)->field.tqe_next;		\
	} while (0)

#define UK_TAILQ_FOREACH(var, head, field)				\
	for ((var) = (head)->tqh_first; (var);				\
	     (var) = (var)->field.tqe_next)

#define UK_TAILQ_FOREACH_SAFE(var, head, field, tvar)			\
	for ((var) = (head)->tqh_first;					\
	     (var) && ((tvar) = (var)->field.tqe_next, 1);		\
	     (var) = (tvar))

#define UK_TAILQ_FOREACH_REVERSE(var, head, headname, field)		\
	for ((var) = UK_TAILQ_LAST(head, headname); (var);		\
	     (var) = UK_TAILQ_PREV(var, headname, field))

#ifdef __cplusplus
}
#endif

#endif /* __UK_LIST_H__ */
