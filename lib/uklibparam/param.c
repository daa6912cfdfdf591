/* SPDX-License-Identifier: BSD-3-Clause */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <uk/libparam.h>
#include <uk/print.h>

/* The linker collects the descriptors; it provides these bounds */
extern const struct uk_libparam_desc __start_uk_libparam[] __weak;
extern const struct uk_libparam_desc __stop_uk_libparam[] __weak;

static int prefix_matches(const char *prefix, const char *name, __sz len)
{
	/* "libfoo" matches the user's "foo" and "libfoo" */
	if (strlen(prefix) == len && !strncmp(prefix, name, len))
		return 1;
	if (!strncmp(prefix, "lib", 3))
		return strlen(prefix + 3) == len &&
		       !strncmp(prefix + 3, name, len);
	return 0;
}

static int store(const struct uk_libparam_desc *d, char *value)
{
	char *end;
	unsigned long long u;
	long long s;

	switch (d->type) {
	case UK_LIBPARAM_CHARP:
		*(char **)d->addr = value;
		return 0;
	case UK_LIBPARAM_BOOL:
		if (!strcmp(value, "true") || !strcmp(value, "y")) {
			value = "1";
		} else if (!strcmp(value, "false") || !strcmp(value, "n")) {
			value = "0";
		}
		break;
	default:
		break;
	}

	errno = 0;
	if (d->type == UK_LIBPARAM_U8 || d->type == UK_LIBPARAM_U16 ||
	    d->type == UK_LIBPARAM_U32 || d->type == UK_LIBPARAM_U64) {
		if (*value == '-')
			return -ERANGE;
		u = strtoull(value, &end, 0);
		s = (long long)u;
	} else {
		s = strtoll(value, &end, 0);
		u = (unsigned long long)s;
	}
	if (end == value || *end || errno)
		return -EINVAL;

	switch (d->size) {
	case 1:
		*(__u8 *)d->addr = (__u8)u;
		return ((__u8)u == u || (__s8)s == s) ? 0 : -ERANGE;
	case 2:
		*(__u16 *)d->addr = (__u16)u;
		return ((__u16)u == u || (__s16)s == s) ? 0 : -ERANGE;
	case 4:
		*(__u32 *)d->addr = (__u32)u;
		return ((__u32)u == u || (__s32)s == s) ? 0 : -ERANGE;
	case 8:
		*(__u64 *)d->addr = u;
		return 0;
	}
	return -EINVAL;
}

int uk_libparam_set(char *assignment)
{
	char *dot = strchr(assignment, '.');
	char *eq = strchr(assignment, '=');
	const struct uk_libparam_desc *d;

	if (!dot || !eq || dot > eq)
		return -EINVAL;
	*eq = '\0';
	for (d = __start_uk_libparam; d < __stop_uk_libparam; d++) {
		if (!prefix_matches(d->prefix, assignment, dot - assignment) ||
		    strcmp(d->name, dot + 1))
			continue;
		int rc = store(d, eq + 1);

		*eq = '=';
		return rc;
	}
	*eq = '=';
	return -ENOENT;
}

int uk_libparam_parse(int argc, char *argv[])
{
	int end;

	for (end = 0; end < argc; end++)
		if (!strcmp(argv[end], "--"))
			break;
	if (end == argc)
		return 0;

	for (int i = 0; i < end; i++) {
		int rc = uk_libparam_set(argv[i]);

		if (rc == -ENOENT)
			uk_pr_warn("Unknown library parameter '%s' ignored\n",
				   argv[i]);
		else if (rc < 0)
			uk_pr_err("Bad library parameter '%s': %s\n", argv[i],
				  rc == -ERANGE ? "value out of range"
						: "expected <lib>.<name>=<value>");
		else
			uk_pr_debug("Library parameter %s\n", argv[i]);
	}
	return end + 1;
}
