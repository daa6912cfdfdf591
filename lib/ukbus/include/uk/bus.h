/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Buses: a bus driver (PCI, virtio-mmio, ...) finds devices and hands
 * them to the device drivers registered with it.
 *
 *   static struct uk_bus my_bus = { .init = my_init, .probe = my_probe };
 *   UK_BUS_REGISTER(&my_bus);
 *
 * init(a) is called once with the default allocator, then probe() once;
 * both return 0 or a negative errno. A failing bus is reported and
 * skipped: the others still come up. ukbus runs uk_bus_init_all() and
 * uk_bus_probe_all() itself from the platform init level (see
 * <uk/init.h>), after constructors and before library init functions,
 * so device drivers have registered their devices before libraries such
 * as lwIP look for them.
 */
#ifndef __UK_BUS_H__
#define __UK_BUS_H__

#include <uk/essentials.h>
#include <uk/list.h>
#include <uk/alloc.h>
#include <uk/ctors.h>

#ifdef __cplusplus
extern "C" {
#endif

struct uk_bus;

typedef int (*uk_bus_init_func_t)(struct uk_alloc *a);
typedef int (*uk_bus_probe_func_t)(void);

struct uk_bus {
	UK_TAILQ_ENTRY(struct uk_bus) next;
	const char *name;		/* for messages; may be NULL */
	uk_bus_init_func_t init;	/* optional */
	uk_bus_probe_func_t probe;	/* optional */
};

void _uk_bus_register(struct uk_bus *b);

/* Number of registered buses. */
unsigned int uk_bus_count(void);

/* Initialise / probe every registered bus; return how many succeeded. */
int uk_bus_init_all(struct uk_alloc *a);
int uk_bus_probe_all(void);

#define _UK_BUS_CTOR_NAME(b, line) __uk_bus_ctor_ ## line
#define _UK_BUS_REGISTER(b, line)					\
	static void _UK_BUS_CTOR_NAME(b, line)(void)			\
	{								\
		_uk_bus_register(b);					\
	}								\
	UK_CTOR_PRIO(_UK_BUS_CTOR_NAME(b, line), 1)
#define _UK_BUS_REGISTER_L(b, line) _UK_BUS_REGISTER(b, line)

/* Register a bus from a constructor. */
#define UK_BUS_REGISTER(b) _UK_BUS_REGISTER_L(b, __LINE__)

#ifdef __cplusplus
}
#endif

#endif /* __UK_BUS_H__ */
