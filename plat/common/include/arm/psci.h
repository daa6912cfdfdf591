/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Power State Coordination Interface (PSCI 0.2 and later), called
 * through the conduit the device tree's /psci node names ("hvc" or
 * "smc"). psci_init() returns 0 or a negative errno (no node, PSCI 0.1
 * only, unknown method). psci_system_off() and psci_system_reset()
 * return only if the call failed (or PSCI was not found), with a
 * negative errno.
 */
#ifndef __PLAT_CMN_ARM_PSCI_H__
#define __PLAT_CMN_ARM_PSCI_H__

int psci_init(const void *fdt);
int psci_system_off(void);
int psci_system_reset(void);

#endif /* __PLAT_CMN_ARM_PSCI_H__ */
