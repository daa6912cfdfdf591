/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Non-local jumps (C99 7.13). jmp_buf holds the callee-saved registers,
 * the stack pointer and the return address: rbx, rbp, r12-r15, rsp, rip
 * on x86_64; x19-x30, sp and d8-d15 on arm64. Signal masks do not exist
 * here, so sigsetjmp/siglongjmp are the same as setjmp/longjmp.
 * longjmp(env, 0) makes setjmp return 1.
 */
#ifndef __NOLIBC_SETJMP_H__
#define __NOLIBC_SETJMP_H__

#ifdef __cplusplus
extern "C" {
#endif

#if defined __x86_64__
typedef unsigned long jmp_buf[8];
#elif defined __aarch64__
typedef unsigned long jmp_buf[22];
#else
#error "setjmp.h: unsupported architecture"
#endif
typedef jmp_buf sigjmp_buf;

int setjmp(jmp_buf env) __attribute__((__returns_twice__));
void longjmp(jmp_buf env, int val) __attribute__((__noreturn__));
int _setjmp(jmp_buf env) __attribute__((__returns_twice__));
void _longjmp(jmp_buf env, int val) __attribute__((__noreturn__));

#define sigsetjmp(env, savemask)	setjmp(env)
#define siglongjmp(env, val)		longjmp(env, val)

#ifdef __cplusplus
}
#endif

#endif /* __NOLIBC_SETJMP_H__ */
