using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.TestInfrastructure;
using Google.Protobuf;
using Grpc.Core;
using Xunit;

namespace Applicants.Tests;

/// <summary>
/// What a service host (Grpc.AspNetCore with our interceptors) answers to input no client library
/// sends and to the protocol's limits (PROTOCOL-HTTP2): broken framing, undecodable messages, sizes,
/// gzip, malformed <c>grpc-timeout</c>, deadlines and cancellation. Moved here from the tests of the
/// transport this repository once carried, with the same expectations.
/// </summary>
public sealed class ServiceProtocolTests(SqliteRegistry host) : IClassFixture<SqliteRegistry>
{
    private const string GetPerson = "/employment.applicants.v1.Applicants/GetPerson";
    // What every host receives at most: a request with its 申报材料 (three files of 4 MiB), past gRPC's 4 MB default.
    private const int MaxReceiveMessageSize = Employment.ServiceDefaults.Clients.ServiceClientRegistration.MaxMessageBytes;

    private static byte[] ValidRequest => new GetPersonRequest { Person = new PersonKey { PersonId = "P-no-such" } }.ToByteArray();

    private Task<RawAnswer> SendAsync(byte[] body, params (string Name, string Value)[] headers) =>
        RawGrpc.SendAsync(host.Address, GetPerson, body, TestCallers.Counter(), headers);

    [Fact(Timeout = 30_000)]
    public async Task A_well_formed_request_reaches_the_handler_and_keeps_its_status()
    {
        // The registry's NOT_FOUND for an unknown person, not the undecodable-message answer.
        var answer = await SendAsync(RawGrpc.Frame(ValidRequest));
        Assert.Equal(StatusCode.NotFound, answer.GrpcStatus);
        Assert.DoesNotContain("解码", answer.GrpcMessage, StringComparison.Ordinal);
    }

    [Fact(Timeout = 30_000)]
    public async Task Only_three_of_the_five_prefix_bytes_end_with_INTERNAL()
    {
        var answer = await SendAsync([0, 0, 0]);
        Assert.Equal(StatusCode.Internal, answer.GrpcStatus);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_declared_length_longer_than_the_body_ends_with_INTERNAL()
    {
        var answer = await SendAsync(RawGrpc.Frame(ValidRequest, declaredLength: ValidRequest.Length + 10));
        Assert.Equal(StatusCode.Internal, answer.GrpcStatus);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_unary_request_without_a_message_ends_with_INTERNAL()
    {
        var answer = await SendAsync([]);
        Assert.Equal(StatusCode.Internal, answer.GrpcStatus);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_compressed_flag_other_than_zero_or_one_ends_with_INTERNAL_saying_the_message_cannot_be_decoded()
    {
        var answer = await SendAsync(RawGrpc.Frame(ValidRequest, compressedFlag: 2));
        AssertUndecodable(answer);
    }

    [Fact(Timeout = 30_000)]
    // Grpc.AspNetCore itself answers UNKNOWN "Exception was thrown by handler." here; the host's
    // UndecodableMessage middleware makes it INTERNAL with a plain message, as grpc-go answers.
    public async Task A_message_that_is_not_protobuf_ends_with_INTERNAL_saying_the_message_cannot_be_decoded()
    {
        var answer = await SendAsync(RawGrpc.Frame([0xFF, 0xFF, 0xFF, 0xFF, 0xFF]));
        AssertUndecodable(answer);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_message_over_the_maximum_size_ends_with_RESOURCE_EXHAUSTED_from_its_prefix_alone()
    {
        var answer = await SendAsync(RawGrpc.Frame([], declaredLength: MaxReceiveMessageSize + 1));
        Assert.Equal(StatusCode.ResourceExhausted, answer.GrpcStatus);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_gzip_request_is_decoded()
    {
        var answer = await SendAsync(RawGrpc.Frame(RawGrpc.Gzip(ValidRequest), compressedFlag: 1), ("grpc-encoding", "gzip"));
        Assert.Equal(StatusCode.NotFound, answer.GrpcStatus);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_gzip_bomb_inflating_past_the_maximum_size_ends_with_RESOURCE_EXHAUSTED()
    {
        var bomb = RawGrpc.Gzip(new byte[MaxReceiveMessageSize + 1024]);
        var answer = await SendAsync(RawGrpc.Frame(bomb, compressedFlag: 1), ("grpc-encoding", "gzip"));
        Assert.Equal(StatusCode.ResourceExhausted, answer.GrpcStatus);
    }

    [Fact(Timeout = 30_000)]
    public async Task Corrupt_gzip_data_ends_with_INTERNAL_saying_the_message_cannot_be_decoded()
    {
        var answer = await SendAsync(RawGrpc.Frame([1, 2, 3, 4, 5, 6, 7, 8], compressedFlag: 1), ("grpc-encoding", "gzip"));
        AssertUndecodable(answer);
    }

    [Fact(Timeout = 30_000)]
    public async Task An_unknown_grpc_encoding_ends_with_UNIMPLEMENTED()
    {
        var answer = await SendAsync(RawGrpc.Frame(ValidRequest, compressedFlag: 1), ("grpc-encoding", "br-unknown"));
        Assert.Equal(StatusCode.Unimplemented, answer.GrpcStatus);
    }

    [Theory(Timeout = 30_000)]
    [InlineData("")]
    [InlineData("10")]
    [InlineData("S")]
    [InlineData("123456789S")]
    [InlineData("-1S")]
    [InlineData("1x")]
    [InlineData("1.5S")]
    public async Task A_malformed_grpc_timeout_ends_with_INTERNAL_naming_the_header(string value)
    {
        var answer = await SendAsync(RawGrpc.Frame(ValidRequest), ("grpc-timeout", value));
        Assert.Equal(StatusCode.Internal, answer.GrpcStatus);
        Assert.Contains("grpc-timeout", answer.GrpcMessage, StringComparison.Ordinal);
    }

    [Theory(Timeout = 30_000)]
    [InlineData("1H")]
    [InlineData("10M")]
    [InlineData("30S")]
    [InlineData("20000m")]
    [InlineData("99999999u")]
    public async Task A_valid_grpc_timeout_in_every_unit_is_accepted(string value)
    {
        var answer = await SendAsync(RawGrpc.Frame(ValidRequest), ("grpc-timeout", value));
        Assert.Equal(StatusCode.NotFound, answer.GrpcStatus);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_timeout_of_one_nanosecond_ends_with_DEADLINE_EXCEEDED_or_an_answer_never_anything_else()
    {
        var answer = await SendAsync(RawGrpc.Frame(ValidRequest), ("grpc-timeout", "1n"));
        Assert.Contains(answer.GrpcStatus, new StatusCode?[] { StatusCode.DeadlineExceeded, StatusCode.NotFound });
    }

    [Fact(Timeout = 30_000)]
    public async Task A_deadline_already_passed_fails_with_DEADLINE_EXCEEDED()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => host.Client.GetPersonAsync(
            new GetPersonRequest { Person = new PersonKey { PersonId = "P-no-such" } }, deadline: DateTime.UtcNow.AddSeconds(-1)).ResponseAsync);
        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_call_cancelled_by_its_caller_fails_with_CANCELLED()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();
        var error = await Assert.ThrowsAsync<RpcException>(() => host.Client.GetPersonAsync(
            new GetPersonRequest { Person = new PersonKey { PersonId = "P-no-such" } }, cancellationToken: cancel.Token).ResponseAsync);
        Assert.Equal(StatusCode.Cancelled, error.StatusCode);
    }

    private static void AssertUndecodable(RawAnswer answer)
    {
        Assert.Equal(StatusCode.Internal, answer.GrpcStatus);
        Assert.Equal(Employment.ServiceDefaults.Protocol.UndecodableMessage.Detail, answer.GrpcMessage);
    }
}
