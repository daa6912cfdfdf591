// SPDX-License-Identifier: BSD-3-Clause
/*
 * hostserv: the Linux counterpart of the guest apps for bench/section-net.py.
 *
 *   hostserv http PORT PAGEFILE   answer every GET with PAGEFILE as an
 *                                 HTML page and close, like httpreply
 *   hostserv echo PORT            echo every byte back, like apps/echo
 *
 * One thread, non-blocking sockets and poll(), listening on 0.0.0.0.
 * Runs until killed.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#define MAX_CONNS	1024
#define REQ_MAX		2048

struct conn {
	size_t have;
	char req[REQ_MAX];
};

static char *response;
static size_t response_len;

static void die(const char *what)
{
	perror(what);
	exit(1);
}

static void load_page(const char *path)
{
	static char page[65536];
	size_t n;
	FILE *f = fopen(path, "rb");

	if (!f)
		die(path);
	n = fread(page, 1, sizeof(page), f);
	fclose(f);
	response = malloc(n + 256);
	if (!response)
		die("malloc");
	response_len = (size_t)sprintf(response,
		"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
		"Content-Length: %zu\r\nConnection: close\r\n\r\n", n);
	memcpy(response + response_len, page, n);
	response_len += n;
}

static int listen_on(int port)
{
	struct sockaddr_in a = { .sin_family = AF_INET,
				 .sin_port = htons((unsigned short)port) };
	int s = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0), one = 1;

	if (s < 0)
		die("socket");
	setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (bind(s, (struct sockaddr *)&a, sizeof(a)) < 0)
		die("bind");
	if (listen(s, 1024) < 0)
		die("listen");
	return s;
}

/* One readable connection; returns 0 to keep it, -1 to close it */
static int serve(int fd, struct conn *c, int echo)
{
	char buf[4096];
	ssize_t n;

	if (echo) {
		n = read(fd, buf, sizeof(buf));
		if (n <= 0)
			return n < 0 && errno == EAGAIN ? 0 : -1;
		return write(fd, buf, (size_t)n) == n ? 0 : -1;
	}
	n = read(fd, c->req + c->have, sizeof(c->req) - 1 - c->have);
	if (n <= 0)
		return n < 0 && errno == EAGAIN ? 0 : -1;
	c->have += (size_t)n;
	c->req[c->have] = '\0';
	if (!strstr(c->req, "\r\n\r\n"))
		return c->have < sizeof(c->req) - 1 ? 0 : -1;
	/* The response fits the socket buffer: one write */
	if (write(fd, response, response_len) != (ssize_t)response_len)
		return -1;
	shutdown(fd, SHUT_WR);
	return -1;
}

int main(int argc, char *argv[])
{
	static struct pollfd fds[MAX_CONNS];
	static struct conn conns[MAX_CONNS];
	int echo, srv, nfds = 1, i, fd, one = 1;

	if (argc < 3 || (strcmp(argv[1], "echo") && argc < 4)) {
		fprintf(stderr, "usage: %s http PORT PAGEFILE | echo PORT\n",
			argv[0]);
		return 2;
	}
	echo = !strcmp(argv[1], "echo");
	if (!echo)
		load_page(argv[3]);
	srv = listen_on(atoi(argv[2]));
	fds[0].fd = srv;
	fds[0].events = POLLIN;
	for (;;) {
		if (poll(fds, (nfds_t)nfds, -1) < 0 && errno != EINTR)
			die("poll");
		for (i = nfds - 1; i >= 1; i--) {
			if (!fds[i].revents)
				continue;
			if (serve(fds[i].fd, &conns[i], echo) < 0) {
				close(fds[i].fd);
				nfds--;
				fds[i] = fds[nfds];
				conns[i] = conns[nfds];
			}
		}
		while (fds[0].revents & POLLIN && nfds < MAX_CONNS) {
			fd = accept4(srv, NULL, NULL, SOCK_NONBLOCK);
			if (fd < 0)
				break;
			setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one,
				   sizeof(one));
			fds[nfds].fd = fd;
			fds[nfds].events = POLLIN;
			fds[nfds].revents = 0;
			conns[nfds].have = 0;
			nfds++;
		}
	}
}
