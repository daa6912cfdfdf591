/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * echo: a TCP echo server on port 1234 serving several clients at once
 * with poll(). With APPECHO_ROT13 the letters come back ROT-13'd.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <poll.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <uk/config.h>

#define MAX_CLIENTS	CONFIG_APPECHO_MAX_CLIENTS
#if CONFIG_APPECHO_ROT13
#define IS_ROT13	1
#else
#define IS_ROT13	0
#endif

static void transform(char *buf, ssize_t len)
{
#if CONFIG_APPECHO_ROT13
	ssize_t i;
	char c, base;

	for (i = 0; i < len; i++) {
		c = buf[i];
		if (c >= 'a' && c <= 'z')
			base = 'a';
		else if (c >= 'A' && c <= 'Z')
			base = 'A';
		else
			continue;
		buf[i] = (char)(base + (c - base + 13) % 26);
	}
#else
	(void)buf;
	(void)len;
#endif
}

/* Echo what one client sent; -1 when it is gone */
static int echo_once(int fd)
{
	char buf[1024];
	ssize_t n, sent, m;

	n = recv(fd, buf, sizeof(buf), 0);
	if (n <= 0)
		return -1;
	transform(buf, n);
	for (sent = 0; sent < n; sent += m) {
		m = send(fd, buf + sent, (size_t)(n - sent), 0);
		if (m <= 0)
			return -1;
	}
	return 0;
}

int main(void)
{
	struct pollfd fds[MAX_CLIENTS + 1];
	struct sockaddr_in addr;
	int srv, one = 1, nfds = 1, i, fd;

	srv = socket(AF_INET, SOCK_STREAM, 0);
	if (srv < 0) {
		perror("echo: socket");
		return 1;
	}
	setsockopt(srv, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_port = htons(CONFIG_APPECHO_PORT);
	addr.sin_addr.s_addr = htonl(INADDR_ANY);
	if (bind(srv, (struct sockaddr *)&addr, sizeof(addr)) < 0 ||
	    listen(srv, 16) < 0) {
		perror("echo: bind/listen");
		return 1;
	}
	printf("echo: listening on port %d%s\n", CONFIG_APPECHO_PORT,
	       IS_ROT13 ? " (ROT-13)" : "");
	fflush(stdout);

	fds[0].fd = srv;
	fds[0].events = POLLIN;
	for (;;) {
		if (poll(fds, (nfds_t)nfds, -1) < 0) {
			perror("echo: poll");
			return 1;
		}
		for (i = nfds - 1; i >= 1; i--) {
			if (!fds[i].revents)
				continue;
			if (fds[i].revents & (POLLERR | POLLNVAL) ||
			    echo_once(fds[i].fd) < 0) {
				close(fds[i].fd);
				fds[i] = fds[--nfds];
			}
		}
		if (fds[0].revents & POLLIN) {
			fd = accept(srv, NULL, NULL);
			if (fd < 0)
				continue;
			if (nfds > MAX_CLIENTS) {
				close(fd);	/* full: refuse politely */
				continue;
			}
			/* Answer each message at once, not after an ACK */
			setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one,
				   sizeof(one));
			fds[nfds].fd = fd;
			fds[nfds].events = POLLIN;
			fds[nfds].revents = 0;
			nfds++;
		}
	}
	return 0;
}
