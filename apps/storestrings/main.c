/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Store strings: appends each argument as one line to a file in the
 * shared directory (default /strings.txt, or the path given with -o),
 * then reads the whole file back and prints it.
 */
#include <stdio.h>
#include <string.h>

int main(int argc, char *argv[])
{
	const char *path = "/strings.txt";
	char line[256];
	int first = 1, n = 0;
	FILE *f;

	if (argc > 2 && !strcmp(argv[1], "-o")) {
		path = argv[2];
		first = 3;
	}
	f = fopen(path, "a");
	if (!f) {
		perror(path);
		return 1;
	}
	for (int i = first; i < argc; i++, n++)
		fprintf(f, "%s\n", argv[i]);
	if (fclose(f)) {
		perror(path);
		return 1;
	}
	printf("Stored %d strings in %s\n", n, path);
	f = fopen(path, "r");
	if (!f) {
		perror(path);
		return 1;
	}
	while (fgets(line, sizeof(line), f))
		printf("%s: %s", path, line);
	fclose(f);
	return 0;
}
