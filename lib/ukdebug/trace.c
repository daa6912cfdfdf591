/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The trace buffer: samples appended by tracepoints (<uk/trace.h>) until
 * it is full. Debuggers read uk_trace_buffer up to uk_trace_buffer_used.
 */
#include <string.h>
#include <uk/config.h>
#include <uk/essentials.h>
#include <uk/trace.h>
#include <uk/plat/lcpu.h>
#include <uk/plat/time.h>

char uk_trace_buffer[CONFIG_LIBUKDEBUG_TRACE_BUFFER_SIZE] __align(8);
__u64 uk_trace_buffer_used;
__u64 uk_trace_dropped;

static __sz arg_size(__u8 kind, __u64 v)
{
	if (kind != UK_TRACE_ARG_STRING)
		return 8;
	if (!v)
		return 1;
	return 1 + strnlen((const char *)(__uptr)v, UK_TRACE_STRLEN_MAX);
}

void _uk_trace_record(__uptr key, unsigned int argc, const __u8 *kinds,
		      const __u64 *args)
{
	struct uk_trace_sample hdr;
	unsigned long flags;
	__sz size = sizeof(hdr);
	char *p;

	for (unsigned int i = 0; i < argc; i++)
		size += arg_size(kinds[i], args[i]);
	size = ALIGN_UP(size, 8);

	hdr.time_ns = ukplat_monotonic_clock();
	hdr.key = key;
	hdr.size = size;
	hdr.argc = argc;

	/* Reserve the space; an interrupt handler may trace too */
	flags = ukplat_lcpu_save_irqf();
	if (uk_trace_buffer_used + size > sizeof(uk_trace_buffer)) {
		uk_trace_dropped++;
		ukplat_lcpu_restore_irqf(flags);
		return;
	}
	p = uk_trace_buffer + uk_trace_buffer_used;
	uk_trace_buffer_used += size;
	ukplat_lcpu_restore_irqf(flags);

	memset(p, 0, size);
	memcpy(p, &hdr, sizeof(hdr));
	p += sizeof(hdr);
	for (unsigned int i = 0; i < argc; i++) {
		if (kinds[i] == UK_TRACE_ARG_STRING) {
			__u8 len = arg_size(kinds[i], args[i]) - 1;

			*p++ = len;
			memcpy(p, (const char *)(__uptr)args[i], len);
			p += len;
		} else {
			memcpy(p, &args[i], 8);
			p += 8;
		}
	}
}
