/* SPDX-License-Identifier: BSD-3-Clause */
#include <uk/argparse.h>
#include <uk/print.h>

static int is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

int uk_argnparse(char *argb, __sz maxlen, char *argv[], int maxcount)
{
	__sz in = 0;
	int argc = 0;

	while (in < maxlen && argb[in]) {
		char quote = 0;
		__sz out;

		while (in < maxlen && is_blank(argb[in]))
			in++;
		if (in >= maxlen || !argb[in])
			break;

		/* Copy the argument onto itself, dropping quotes/escapes */
		out = in;
		if (argc < maxcount)
			argv[argc] = &argb[out];
		while (in < maxlen && argb[in]) {
			char c = argb[in];

			if (!quote && is_blank(c))
				break;
			if (c == quote) {
				quote = 0;
			} else if (!quote && (c == '"' || c == '\'')) {
				quote = c;
			} else if (c == '\\' && quote != '\'' &&
				   in + 1 < maxlen && argb[in + 1]) {
				argb[out++] = argb[++in];
			} else {
				argb[out++] = c;
			}
			in++;
		}
		if (quote)
			uk_pr_warn("Unterminated %c quote in command line\n",
				   quote);
		/* `in` is at a blank or the end; out <= in: terminate */
		if (in < maxlen && argb[in])
			in++;
		argb[out] = '\0';
		if (argc < maxcount)
			argc++;
		else
			uk_pr_warn_once("More than %d arguments: ignoring the rest\n",
					maxcount);
	}
	return argc;
}
