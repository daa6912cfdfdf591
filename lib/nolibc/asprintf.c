/* SPDX-License-Identifier: BSD-3-Clause */
/* asprintf() and vasprintf(): printf into a string from malloc(). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

int vasprintf(char **strp, const char *fmt, va_list ap)
{
	va_list aq;
	int len;

	va_copy(aq, ap);
	len = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	*strp = NULL;
	if (len < 0)
		return -1;
	*strp = malloc((size_t)len + 1);
	if (!*strp)
		return -1;
	return vsnprintf(*strp, (size_t)len + 1, fmt, ap);
}

int asprintf(char **strp, const char *fmt, ...)
{
	va_list ap;
	int ret;

	va_start(ap, fmt);
	ret = vasprintf(strp, fmt, ap);
	va_end(ap);
	return ret;
}
