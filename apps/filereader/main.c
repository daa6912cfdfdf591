/* SPDX-License-Identifier: BSD-3-Clause */
/* The seeds' file reader: prints the contents of /grass. */
#include <stdio.h>
#include <string.h>

int main(void)
{
	char buf[256];
	FILE *f = fopen("/grass", "r");

	if (!f) {
		perror("Could not open /grass");
		return 1;
	}
	if (!fgets(buf, sizeof(buf), f)) {
		perror("Could not read /grass");
		fclose(f);
		return 1;
	}
	buf[strcspn(buf, "\n")] = '\0';
	printf("File contents: %s\n", buf);
	fclose(f);
	return 0;
}
