/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Tracepoints: cheap records of an event and up to 7 arguments in a
 * buffer in guest memory, read by the gdb helper (uk trace) and
 * support/scripts/uk_trace/trace.py.
 *
 *   #include <uk/trace.h>
 *   UK_TRACEPOINT(trace_open, "\"%s\" flags=0x%x", const char *, int);
 *   ...
 *   trace_open(path, flags);
 *
 * UK_TRACEPOINT(name, fmt, types...) defines `static inline void
 * name(types...)`. A call records the monotonic time, which tracepoint
 * it is and its arguments. Argument types: integers (stored as 64-bit,
 * signed or unsigned as declared), pointers, and `char *` / `const char *`
 * which are copied as strings (up to UK_TRACE_STRLEN_MAX bytes). fmt is a
 * printf format for the host to use; it and the name are kept in the
 * non-allocated ELF section .debug_uk_tracepoints, which only the .dbg
 * image has: the image itself carries neither.
 *
 * Tracepoints record only with CONFIG_LIBUKDEBUG_TRACEPOINTS and when
 * enabled for the file that defines them: CONFIG_LIBUKDEBUG_ALL_TRACEPOINTS
 * enables all of them; otherwise define UK_DEBUG_TRACE before including
 * this header (one file) or add -DUK_DEBUG_TRACE to a library's CFLAGS
 * (LIBFOO_CFLAGS-y, one library). Disabled tracepoints compile to nothing.
 *
 * The buffer fills once and then drops further samples (counted in
 * uk_trace_dropped); nothing is overwritten, so the first events of a run
 * are kept.
 */
#ifndef __UK_TRACE_H__
#define __UK_TRACE_H__

#include <uk/config.h>
#include <uk/essentials.h>
#include <uk/arch/types.h>

#define UK_TRACE_STRLEN_MAX	63

/* Argument kinds, as recorded in the tracepoint description */
#define UK_TRACE_ARG_SIGNED	1
#define UK_TRACE_ARG_UNSIGNED	2
#define UK_TRACE_ARG_POINTER	3
#define UK_TRACE_ARG_STRING	4

#define UK_TRACE_REG_MAGIC	0x55545031	/* "UTP1" */

/*
 * One sample in uk_trace_buffer: this header (8-byte aligned), then per
 * argument 8 bytes (integers, pointers) or a length byte and that many
 * bytes (strings), padded to 8 bytes. key identifies the tracepoint.
 */
struct uk_trace_sample {
	__u64 time_ns;
	__u64 key;
	__u32 size;		/* header and arguments, padded */
	__u32 argc;
};

#if CONFIG_LIBUKDEBUG_TRACEPOINTS
extern char uk_trace_buffer[];
extern __u64 uk_trace_buffer_used;
extern __u64 uk_trace_dropped;

void _uk_trace_record(__uptr key, unsigned int argc, const __u8 *kinds,
		      const __u64 *args);
#endif

#if CONFIG_LIBUKDEBUG_TRACEPOINTS && \
	(CONFIG_LIBUKDEBUG_ALL_TRACEPOINTS || defined(UK_DEBUG_TRACE))
#define __UK_TRACE_ACTIVE 1
#else
#define __UK_TRACE_ACTIVE 0
#endif

/* The kind of a type, as a constant expression */
#define __UK_TRACE_KIND(t)						\
	_Generic((t)0,							\
		 char *: UK_TRACE_ARG_STRING,				\
		 const char *: UK_TRACE_ARG_STRING,			\
		 _Bool: UK_TRACE_ARG_UNSIGNED,				\
		 char: ((char)-1 < 0 ? UK_TRACE_ARG_SIGNED		\
				     : UK_TRACE_ARG_UNSIGNED),		\
		 signed char: UK_TRACE_ARG_SIGNED,			\
		 short: UK_TRACE_ARG_SIGNED,				\
		 int: UK_TRACE_ARG_SIGNED,				\
		 long: UK_TRACE_ARG_SIGNED,				\
		 long long: UK_TRACE_ARG_SIGNED,			\
		 unsigned char: UK_TRACE_ARG_UNSIGNED,			\
		 unsigned short: UK_TRACE_ARG_UNSIGNED,			\
		 unsigned int: UK_TRACE_ARG_UNSIGNED,			\
		 unsigned long: UK_TRACE_ARG_UNSIGNED,			\
		 unsigned long long: UK_TRACE_ARG_UNSIGNED,		\
		 default: UK_TRACE_ARG_POINTER)

/* A value of kind t as 64 bits (integers extended as their type says) */
#define __UK_TRACE_VAL(t, v)						\
	_Generic((t)0,							\
		 char *: (__u64)(__uptr)(v),				\
		 const char *: (__u64)(__uptr)(v),			\
		 default: __builtin_choose_expr(			\
			__builtin_classify_type((t)0) == 5,		\
			(__u64)(__uptr)(v), (__u64)(v)))

/* Argument counting and per-argument expansion (up to 7) */
#define __UK_TRACE_NARGS(...)						\
	__UK_TRACE_NARGS_(, ##__VA_ARGS__, 7, 6, 5, 4, 3, 2, 1, 0)
#define __UK_TRACE_NARGS_(_0, _1, _2, _3, _4, _5, _6, _7, n, ...) n

#define __UK_TRACE_MAP(m, sep, ...)					\
	UK_CONCAT(__UK_TRACE_MAP, __UK_TRACE_NARGS(__VA_ARGS__))	\
		(m, sep, ##__VA_ARGS__)
#define __UK_TRACE_MAP0(m, sep)
#define __UK_TRACE_MAP1(m, sep, t1)	m(t1, 1)
#define __UK_TRACE_MAP2(m, sep, t1, t2)					\
	__UK_TRACE_MAP1(m, sep, t1) sep() m(t2, 2)
#define __UK_TRACE_MAP3(m, sep, t1, t2, t3)				\
	__UK_TRACE_MAP2(m, sep, t1, t2) sep() m(t3, 3)
#define __UK_TRACE_MAP4(m, sep, t1, t2, t3, t4)				\
	__UK_TRACE_MAP3(m, sep, t1, t2, t3) sep() m(t4, 4)
#define __UK_TRACE_MAP5(m, sep, t1, t2, t3, t4, t5)			\
	__UK_TRACE_MAP4(m, sep, t1, t2, t3, t4) sep() m(t5, 5)
#define __UK_TRACE_MAP6(m, sep, t1, t2, t3, t4, t5, t6)			\
	__UK_TRACE_MAP5(m, sep, t1, t2, t3, t4, t5) sep() m(t6, 6)
#define __UK_TRACE_MAP7(m, sep, t1, t2, t3, t4, t5, t6, t7)		\
	__UK_TRACE_MAP6(m, sep, t1, t2, t3, t4, t5, t6) sep() m(t7, 7)

/* The parameter list of the tracepoint function: (void) or (t1 __a1, ...) */
#define __UK_TRACE_PLIST(...)						\
	UK_CONCAT(__UK_TRACE_PLIST, __UK_TRACE_NARGS(__VA_ARGS__))	\
		(__VA_ARGS__)
#define __UK_TRACE_PLIST0(...)	void
#define __UK_TRACE_PLISTN(...)						\
	__UK_TRACE_MAP(__UK_TRACE_PARAM, __UK_TRACE_COMMA, __VA_ARGS__)
#define __UK_TRACE_PLIST1	__UK_TRACE_PLISTN
#define __UK_TRACE_PLIST2	__UK_TRACE_PLISTN
#define __UK_TRACE_PLIST3	__UK_TRACE_PLISTN
#define __UK_TRACE_PLIST4	__UK_TRACE_PLISTN
#define __UK_TRACE_PLIST5	__UK_TRACE_PLISTN
#define __UK_TRACE_PLIST6	__UK_TRACE_PLISTN
#define __UK_TRACE_PLIST7	__UK_TRACE_PLISTN

#define __UK_TRACE_COMMA()	,
#define __UK_TRACE_SEMI()	;
#define __UK_TRACE_PARAM(t, i)	t UK_CONCAT(__a, i)
#define __UK_TRACE_KINDOF(t, i)	__UK_TRACE_KIND(t)
#define __UK_TRACE_VALOF(t, i)	__UK_TRACE_VAL(t, UK_CONCAT(__a, i))
#define __UK_TRACE_UNUSED(t, i)	(void)UK_CONCAT(__a, i)

/*
 * The description of a tracepoint, in a section that is not loaded: the
 * assembler comment character ends GCC's section flags ("aw") so that
 * the section gets none. Its .debug_ prefix makes `strip` drop it.
 */
#if defined(__x86_64__)
#define __UK_TRACE_SECTION ".debug_uk_tracepoints,\"\",@progbits #"
#elif defined(__aarch64__)
#define __UK_TRACE_SECTION ".debug_uk_tracepoints,\"\",%progbits //"
#else
#error "uk/trace.h: no non-allocated section syntax for this architecture"
#endif

#define __UK_TRACE_DEFINE(name, fmt, ...)				\
	_Static_assert(__UK_TRACE_NARGS(__VA_ARGS__) <= 7,		\
		       "a tracepoint has at most 7 arguments");		\
	static const char UK_CONCAT(__uk_tp_key_, name) __used = 0;	\
	static const struct {						\
		__u32 magic;						\
		__u32 size;						\
		__u64 key;						\
		__u8 argc;						\
		__u8 kinds[7];						\
		char tp_name[sizeof(#name)];				\
		char tp_fmt[sizeof(fmt)];				\
	} UK_CONCAT(__uk_tp_reg_, name)					\
	__used __align(8) __section(__UK_TRACE_SECTION) = {		\
		.magic = UK_TRACE_REG_MAGIC,				\
		.size = sizeof(UK_CONCAT(__uk_tp_reg_, name)),		\
		.key = (__u64)(__uptr)&UK_CONCAT(__uk_tp_key_, name),	\
		.argc = __UK_TRACE_NARGS(__VA_ARGS__),			\
		.kinds = { __UK_TRACE_MAP(__UK_TRACE_KINDOF,		\
					  __UK_TRACE_COMMA,		\
					  ##__VA_ARGS__) },		\
		.tp_name = #name,					\
		.tp_fmt = fmt,						\
	};								\
	static inline void name(__UK_TRACE_PLIST(__VA_ARGS__))		\
	{								\
		static const __u8 kinds[8] = {				\
			__UK_TRACE_MAP(__UK_TRACE_KINDOF,		\
				       __UK_TRACE_COMMA, ##__VA_ARGS__) \
		};							\
		const __u64 args[8] = {					\
			__UK_TRACE_MAP(__UK_TRACE_VALOF,		\
				       __UK_TRACE_COMMA, ##__VA_ARGS__) \
		};							\
		_uk_trace_record((__uptr)&UK_CONCAT(__uk_tp_key_, name), \
				 __UK_TRACE_NARGS(__VA_ARGS__), kinds,	\
				 args);					\
	}

#define __UK_TRACE_NOP(name, fmt, ...)					\
	static inline void name(__UK_TRACE_PLIST(__VA_ARGS__))		\
	{								\
		__UK_TRACE_MAP(__UK_TRACE_UNUSED, __UK_TRACE_SEMI,	\
			       ##__VA_ARGS__);				\
	}

#if __UK_TRACE_ACTIVE
#define UK_TRACEPOINT(name, fmt, ...)					\
	__UK_TRACE_DEFINE(name, fmt, ##__VA_ARGS__)
#else
#define UK_TRACEPOINT(name, fmt, ...)					\
	__UK_TRACE_NOP(name, fmt, ##__VA_ARGS__)
#endif

#endif /* __UK_TRACE_H__ */
