/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The bus registry, and the boot-time init and probe of every bus.
 */
#include <errno.h>
#include <uk/bus.h>
#include <uk/init.h>
#include <uk/print.h>
#include <uk/assert.h>

static UK_TAILQ_HEAD(uk_bus_list, struct uk_bus) uk_bus_list =
	UK_TAILQ_HEAD_INITIALIZER(uk_bus_list);
static unsigned int uk_bus_nb;

void _uk_bus_register(struct uk_bus *b)
{
	UK_ASSERT(b);
	UK_TAILQ_INSERT_TAIL(&uk_bus_list, b, next);
	uk_bus_nb++;
}

unsigned int uk_bus_count(void)
{
	return uk_bus_nb;
}

static const char *bus_name(struct uk_bus *b)
{
	return b->name ? b->name : "bus";
}

int uk_bus_init_all(struct uk_alloc *a)
{
	struct uk_bus *b, *tmp;
	int ok = 0, rc;

	UK_TAILQ_FOREACH_SAFE(b, &uk_bus_list, next, tmp) {
		if (!b->init) {
			ok++;
			continue;
		}
		rc = b->init(a);
		if (rc < 0) {
			uk_pr_err("%s: initialisation failed: %d\n",
				  bus_name(b), rc);
			/* Do not probe a bus that could not start */
			UK_TAILQ_REMOVE(&uk_bus_list, b, next);
			uk_bus_nb--;
			continue;
		}
		ok++;
	}
	return ok;
}

int uk_bus_probe_all(void)
{
	struct uk_bus *b;
	int ok = 0, rc;

	UK_TAILQ_FOREACH(b, &uk_bus_list, next) {
		if (!b->probe) {
			ok++;
			continue;
		}
		rc = b->probe();
		if (rc < 0)
			uk_pr_err("%s: probe failed: %d\n", bus_name(b), rc);
		else
			ok++;
	}
	return ok;
}

static int uk_bus_boot(void)
{
	struct uk_alloc *a = uk_alloc_get_default();

	if (!a) {
		uk_pr_err("ukbus: no allocator, buses not probed\n");
		return 0;
	}
	uk_bus_init_all(a);
	uk_bus_probe_all();
	return 0;
}
uk_plat_initcall_prio(uk_bus_boot, 5);
