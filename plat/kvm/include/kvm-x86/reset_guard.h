/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Reset-loop guard of the kvm x86_64 platform.
 *
 * A triple fault (an exception the CPU cannot deliver) resets the machine
 * and QEMU boots the image again: without a guard a crash of that kind
 * loops silently. The guard keeps a "running" mark and a reset count in
 * two CMOS NVRAM bytes, which survive a reset but not a new QEMU process.
 *
 * kvm_reset_guard_enter() runs first thing at boot: finding the mark set
 * means the previous boot ended in a reset nobody asked for; it reports
 * that and, once CONFIG_KVM_RESET_LIMIT such resets happened in a row,
 * powers off with the crash status instead of booting again.
 * kvm_reset_guard_leave() clears the mark on every deliberate exit or
 * restart.
 */
#ifndef __KVM_X86_RESET_GUARD_H__
#define __KVM_X86_RESET_GUARD_H__

void kvm_reset_guard_enter(void);
void kvm_reset_guard_leave(void);

#endif /* __KVM_X86_RESET_GUARD_H__ */
