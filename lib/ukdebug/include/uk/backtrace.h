/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Stack backtraces by walking frame pointers (every image is compiled with
 * -fno-omit-frame-pointer). On x86_64 and arm64 a frame record is
 * {previous frame pointer, return address}. uk_backtrace_fp() prints at
 * most 32 frames starting at frame pointer `fp`, stopping at a null or
 * misaligned pointer; uk_backtrace() starts at the caller's frame.
 */
#ifndef __UKDEBUG_BACKTRACE_H__
#define __UKDEBUG_BACKTRACE_H__

#include <uk/essentials.h>

void uk_backtrace_fp(unsigned long fp);
void uk_backtrace(void);

#endif
