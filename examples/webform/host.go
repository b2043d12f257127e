package main

import (
	"net"
	"net/http"
	"strconv"
	"strings"
)

// allowedHosts returns the Host header values the server answers for a
// listener on addr (host:port, the port already chosen): the listen host,
// localhost and the loopback literals, each with the listen port (and bare
// when the port is 80), plus every extra name given with -allow-host. A
// name in extra that carries no port is allowed with the listen port; one
// that carries a port is allowed as given.
func allowedHosts(addr string, extra []string) []string {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return nil
	}
	names := []string{"localhost", "127.0.0.1", "::1"}
	if host != "" && host != "0.0.0.0" && host != "::" {
		names = append(names, host)
	}
	var out []string
	add := func(name, port string) {
		hp := net.JoinHostPort(name, port)
		out = append(out, strings.ToLower(hp))
		if port == "80" {
			if strings.Contains(name, ":") {
				out = append(out, "["+strings.ToLower(name)+"]")
			} else {
				out = append(out, strings.ToLower(name))
			}
		}
	}
	for _, n := range names {
		add(n, port)
	}
	for _, e := range extra {
		e = strings.TrimSpace(e)
		if e == "" {
			continue
		}
		if h, p, err := net.SplitHostPort(e); err == nil {
			if _, err := strconv.Atoi(p); err == nil {
				add(h, p)
				continue
			}
		}
		add(strings.Trim(e, "[]"), port)
	}
	return out
}

// hostGuard answers only requests whose Host header is one of allowed
// (compared without regard to ASCII case). It is the defence against DNS
// rebinding: a hostile page whose own name has been pointed at 127.0.0.1
// reaches this server with its own name in Host, and gets 421 Misdirected
// Request with nothing of a case in the body. The CSRF token and the Origin
// check cannot stop that attack on their own, since both are compared with
// the request's Host.
func hostGuard(allowed []string, next http.Handler) http.Handler {
	set := make(map[string]bool, len(allowed))
	for _, a := range allowed {
		set[strings.ToLower(a)] = true
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !set[strings.ToLower(r.Host)] {
			h := w.Header()
			h.Set("Content-Type", "text/plain; charset=utf-8")
			h.Set("Cache-Control", "no-store")
			h.Set("X-Content-Type-Options", "nosniff")
			w.WriteHeader(http.StatusMisdirectedRequest)
			_, _ = w.Write([]byte("421 Misdirected Request: this server answers only to its own address (see webform -h, -allow-host).\n"))
			return
		}
		next.ServeHTTP(w, r)
	})
}
