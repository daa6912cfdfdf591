/* SPDX-License-Identifier: BSD-3-Clause */
/* Character classes of the "C" locale, computed without tables. */
#include <ctype.h>

int isdigit(int c)
{
	return (unsigned int)c - '0' < 10;
}

int islower(int c)
{
	return (unsigned int)c - 'a' < 26;
}

int isupper(int c)
{
	return (unsigned int)c - 'A' < 26;
}

int isalpha(int c)
{
	return islower(c) || isupper(c);
}

int isalnum(int c)
{
	return isalpha(c) || isdigit(c);
}

int isascii(int c)
{
	return !(c & ~0x7f);
}

int isblank(int c)
{
	return c == ' ' || c == '\t';
}

int iscntrl(int c)
{
	return (unsigned int)c < 0x20 || c == 0x7f;
}

int isgraph(int c)
{
	return (unsigned int)c - 0x21 < 0x5e;
}

int isprint(int c)
{
	return (unsigned int)c - 0x20 < 0x5f;
}

int ispunct(int c)
{
	return isgraph(c) && !isalnum(c);
}

int isspace(int c)
{
	return c == ' ' || (unsigned int)c - '\t' < 5;
}

int isxdigit(int c)
{
	return isdigit(c) || (unsigned int)(c | 0x20) - 'a' < 6;
}

int tolower(int c)
{
	return isupper(c) ? c | 0x20 : c;
}

int toupper(int c)
{
	return islower(c) ? c & ~0x20 : c;
}

int toascii(int c)
{
	return c & 0x7f;
}
