// Command grpc-go-health is the reference leg of tests/benchmarks/health-check.sh.
//
// Server mode (default): serves grpc.health.v1.Health with the stock
// google.golang.org/grpc/health implementation, overall status SERVING, in
// cleartext HTTP/2 on 127.0.0.1:-port.
//
// Client mode (-check ADDR): performs one real gRPC Health/Check call against
// ADDR (host:port) and exits 0 only if the answer is SERVING. The benchmark
// script uses it to prove that each server under test speaks gRPC, not just
// HTTP/2.
//
// It builds offline from Debian packages (golang-go, golang-google-grpc-dev):
//
//	GO111MODULE=off GOPATH=/usr/share/gocode go build -o OUT .
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
)

func main() {
	port := flag.Int("port", 50051, "loopback port to listen on (server mode)")
	check := flag.String("check", "", "host:port to send one Health/Check to, then exit (client mode)")
	timeout := flag.Duration("timeout", 5*time.Second, "deadline for the -check call")
	flag.Parse()

	if *check != "" {
		os.Exit(runCheck(*check, *timeout))
	}
	runServer(*port)
}

func runCheck(addr string, timeout time.Duration) int {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	conn, err := grpc.DialContext(ctx, addr, grpc.WithInsecure(), grpc.WithBlock())
	if err != nil {
		fmt.Fprintf(os.Stderr, "dial %s: %v\n", addr, err)
		return 2
	}
	defer conn.Close()
	resp, err := healthpb.NewHealthClient(conn).Check(ctx, &healthpb.HealthCheckRequest{})
	if err != nil {
		fmt.Fprintf(os.Stderr, "Health/Check %s: %v\n", addr, err)
		return 1
	}
	fmt.Println(resp.GetStatus().String())
	if resp.GetStatus() != healthpb.HealthCheckResponse_SERVING {
		return 1
	}
	return 0
}

func runServer(port int) {
	lis, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", port))
	if err != nil {
		log.Fatalf("listen: %v", err)
	}
	srv := grpc.NewServer()
	hs := health.NewServer()
	hs.SetServingStatus("", healthpb.HealthCheckResponse_SERVING)
	healthpb.RegisterHealthServer(srv, hs)

	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM)
	go func() {
		<-sig
		srv.Stop()
	}()

	log.Printf("grpc-go health server listening on %s", lis.Addr())
	if err := srv.Serve(lis); err != nil {
		log.Fatalf("serve: %v", err)
	}
}
