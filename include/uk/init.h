/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Init levels run by ukboot after the constructors, in this order:
 * early (1), plat (2), lib (3), rootfs (4), sys (5), late (6); within a
 * level by priority 0 (first) to 9. An init function returns 0 on success
 * or a negative errno, which stops the boot with an error message.
 *
 *   static int my_init(void) { ... return 0; }
 *   uk_lib_initcall(my_init);            priority 9
 *   uk_lib_initcall_prio(my_init, 2);
 */
#ifndef __UK_INIT_H__
#define __UK_INIT_H__

#include <uk/essentials.h>

typedef int (*uk_init_func_t)(void);

#define UK_INIT_CLASS_EARLY	1
#define UK_INIT_CLASS_PLAT	2
#define UK_INIT_CLASS_LIB	3
#define UK_INIT_CLASS_ROOTFS	4
#define UK_INIT_CLASS_SYS	5
#define UK_INIT_CLASS_LATE	6

/* Section names sort as class then priority: .uk_inittab_<class><prio> */
#define __UK_INITTAB_SECTION(class, prio)				\
	".uk_inittab_" STRINGIFY(class) STRINGIFY(prio)

#define uk_initcall_class_prio(fn, class, prio)				\
	static const uk_init_func_t __used				\
	__section(__UK_INITTAB_SECTION(class, prio))			\
	UK_CONCAT(__uk_inittab_, fn) = (fn)

#define uk_early_initcall_prio(fn, p)	\
	uk_initcall_class_prio(fn, UK_INIT_CLASS_EARLY, p)
#define uk_plat_initcall_prio(fn, p)	\
	uk_initcall_class_prio(fn, UK_INIT_CLASS_PLAT, p)
#define uk_lib_initcall_prio(fn, p)	\
	uk_initcall_class_prio(fn, UK_INIT_CLASS_LIB, p)
#define uk_rootfs_initcall_prio(fn, p)	\
	uk_initcall_class_prio(fn, UK_INIT_CLASS_ROOTFS, p)
#define uk_sys_initcall_prio(fn, p)	\
	uk_initcall_class_prio(fn, UK_INIT_CLASS_SYS, p)
#define uk_late_initcall_prio(fn, p)	\
	uk_initcall_class_prio(fn, UK_INIT_CLASS_LATE, p)

#define uk_early_initcall(fn)		uk_early_initcall_prio(fn, 9)
#define uk_plat_initcall(fn)		uk_plat_initcall_prio(fn, 9)
#define uk_lib_initcall(fn)		uk_lib_initcall_prio(fn, 9)
#define uk_rootfs_initcall(fn)		uk_rootfs_initcall_prio(fn, 9)
#define uk_sys_initcall(fn)		uk_sys_initcall_prio(fn, 9)
#define uk_late_initcall(fn)		uk_late_initcall_prio(fn, 9)

extern const uk_init_func_t uk_inittab_start[];
extern const uk_init_func_t uk_inittab_end[];

#endif
