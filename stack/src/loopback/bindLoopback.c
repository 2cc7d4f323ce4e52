/*
 * Preloaded into graph-node (LD_PRELOAD), whose `gnd dev` has no option for the address it listens on and binds its
 * query, admin, index-node and metrics servers to every interface. A bind to the wildcard address (0.0.0.0 or ::)
 * becomes a bind to loopback (127.0.0.1 or ::1); every other bind passes through unchanged.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

typedef int (*bind_function)(int, const struct sockaddr *, socklen_t);

int bind(int socket, const struct sockaddr *address, socklen_t length) {
  static bind_function next_bind;
  if (next_bind == NULL) next_bind = (bind_function)dlsym(RTLD_NEXT, "bind");
  if (next_bind == NULL) {
    errno = ENOSYS;
    return -1;
  }
  if (address != NULL && address->sa_family == AF_INET && length >= sizeof(struct sockaddr_in)) {
    struct sockaddr_in ipv4;
    memcpy(&ipv4, address, sizeof ipv4);
    if (ipv4.sin_addr.s_addr == htonl(INADDR_ANY)) {
      ipv4.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
      return next_bind(socket, (const struct sockaddr *)&ipv4, sizeof ipv4);
    }
  }
  if (address != NULL && address->sa_family == AF_INET6 && length >= sizeof(struct sockaddr_in6)) {
    struct sockaddr_in6 ipv6;
    memcpy(&ipv6, address, sizeof ipv6);
    if (memcmp(&ipv6.sin6_addr, &in6addr_any, sizeof in6addr_any) == 0) {
      ipv6.sin6_addr = in6addr_loopback;
      return next_bind(socket, (const struct sockaddr *)&ipv6, sizeof ipv6);
    }
  }
  return next_bind(socket, address, length);
}
