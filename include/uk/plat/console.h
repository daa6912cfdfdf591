/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Platform console. ukplat_coutk() writes kernel messages, ukplat_coutd()
 * debug output (may be the same device); both return the number of bytes
 * written or a negative errno. ukplat_cink() reads up to maxlen bytes that
 * are already available without blocking and returns how many were read
 * (0 when nothing is pending), or -EPIPE once the input has ended for
 * good (linuxu: stdin reached its end). ukplat_cin_wait() waits, without
 * reading, until input may have arrived since the last ukplat_cink() (or
 * just briefly): readers call it when ukplat_cink() returned 0 and then
 * read again. It sleeps where the platform has an input interrupt
 * (linuxu: SIGIO from stdin; kvm: the serial port's receive interrupt,
 * or any other interrupt) and spins for a moment otherwise (kvm without
 * a serial console or without its interrupt in the device tree).
 */
#ifndef __UKPLAT_CONSOLE_H__
#define __UKPLAT_CONSOLE_H__

#include <uk/essentials.h>

int ukplat_coutk(const char *buf, unsigned int len);
int ukplat_coutd(const char *buf, unsigned int len);
int ukplat_cink(char *buf, unsigned int maxlen);
void ukplat_cin_wait(void);

#endif
