/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The environment: a fixed table of at most ENV_MAX "NAME=value" strings,
 * empty at boot. setenv() copies its arguments into the heap; putenv()
 * stores the caller's string itself, as POSIX says. Not thread-safe.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define ENV_MAX		64

static char *env_table[ENV_MAX + 1];
static unsigned char env_owned[ENV_MAX];	/* malloc'ed by setenv() */
char **environ = env_table;

static int valid_name(const char *name)
{
	return name && *name && !strchr(name, '=');
}

/* Index of the entry for the first namelen bytes of name, or -1 */
static int find(const char *name, size_t namelen)
{
	for (int i = 0; env_table[i]; i++) {
		if (!strncmp(env_table[i], name, namelen) &&
		    env_table[i][namelen] == '=')
			return i;
	}
	return -1;
}

static int count(void)
{
	int n = 0;

	while (env_table[n])
		n++;
	return n;
}

static void release(int i)
{
	if (env_owned[i])
		free(env_table[i]);
	env_owned[i] = 0;
}

/* Puts s at the entry for its name (a new one if there is none) */
static int store(char *s, size_t namelen, int owned)
{
	int i = find(s, namelen);

	if (i < 0) {
		i = count();
		if (i == ENV_MAX) {
			errno = ENOMEM;
			return -1;
		}
		env_table[i + 1] = NULL;
	} else {
		release(i);
	}
	env_table[i] = s;
	env_owned[i] = owned;
	environ = env_table;
	return 0;
}

char *getenv(const char *name)
{
	size_t len = strlen(name);

	if (!environ)
		return NULL;
	for (char **e = environ; *e; e++) {
		if (!strncmp(*e, name, len) && (*e)[len] == '=')
			return *e + len + 1;
	}
	return NULL;
}

int setenv(const char *name, const char *value, int overwrite)
{
	size_t nlen, vlen;
	char *s;

	if (!valid_name(name)) {
		errno = EINVAL;
		return -1;
	}
	nlen = strlen(name);
	if (!overwrite && find(name, nlen) >= 0)
		return 0;
	vlen = strlen(value);
	s = malloc(nlen + vlen + 2);
	if (!s)
		return -1;
	memcpy(s, name, nlen);
	s[nlen] = '=';
	memcpy(s + nlen + 1, value, vlen + 1);
	if (store(s, nlen, 1) < 0) {
		free(s);
		return -1;
	}
	return 0;
}

int putenv(char *string)
{
	char *eq = strchr(string, '=');

	if (!eq || eq == string)
		return unsetenv(string);
	return store(string, eq - string, 0);
}

int unsetenv(const char *name)
{
	int i, n;

	if (!valid_name(name)) {
		errno = EINVAL;
		return -1;
	}
	i = find(name, strlen(name));
	if (i < 0)
		return 0;
	release(i);
	n = count();
	env_table[i] = env_table[n - 1];
	env_owned[i] = env_owned[n - 1];
	env_table[n - 1] = NULL;
	env_owned[n - 1] = 0;
	return 0;
}
