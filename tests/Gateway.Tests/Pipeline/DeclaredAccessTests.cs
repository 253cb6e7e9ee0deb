using System.Security.Claims;
using Employment.ServiceDefaults.Security;
using Employment.TestInfrastructure;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace Gateway.Tests.Pipeline;

/// <summary>
/// ("authorization policies built from the proto access options, closed by default") and
/// "the gateway's role check can be skipped" by changing the path's case; two
/// authorization headers.
/// </summary>
[Collection(nameof(GatewayCollection))]
public sealed class DeclaredAccessTests(PlatformUnderTest platform)
{
    [Fact]
    public async Task A_method_of_the_platform_that_declares_no_role_is_refused_to_every_caller()
    {
        // A contract with one method and no access option, built here: every real method declares its roles.
        var proto = new FileDescriptorProto
        {
            Name = "employment/test/v1/closed.proto",
            Package = "employment.test.v1",
            Syntax = "proto3",
            Dependency = { "google/protobuf/empty.proto" },
            Service = { new ServiceDescriptorProto { Name = "Closed", Method = { new MethodDescriptorProto { Name = "Do", InputType = ".google.protobuf.Empty", OutputType = ".google.protobuf.Empty" } } } },
        };
        var file = FileDescriptor.BuildFromByteStrings([EmptyReflection.Descriptor.SerializedData, proto.ToByteString()]).Last();
        var handler = new DeclaredAccess.Handler(new AccessRules([file]));

        foreach (var caller in new[] { new Caller(CallerRole.Admin, "admin-001"), new Caller(CallerRole.Counter, "clerk-001", RegionCode: "410800") })
        {
            var context = new AuthorizationHandlerContext([new DeclaredAccess.Requirement()], Principal(caller), "/employment.test.v1.Closed/Do");
            await handler.HandleAsync(context);
            Assert.False(context.HasSucceeded);
            var refusal = Assert.IsType<DeclaredAccess.Refusal>(Assert.Single(context.FailureReasons));
            Assert.Equal(StatusCode.PermissionDenied, refusal.Status);
        }
    }

    [Fact]
    public async Task A_method_a_host_serves_in_the_platforms_package_but_no_contract_declares_is_refused()
    {
        // A service registered on a host without a contract in protos/ (say, added in a hurry) gets no
        // access rule; it must be closed, not let through as "unknown".
        var marshaller = Marshallers.Create((Empty e) => e.ToByteArray(), Empty.Parser.ParseFrom);
        var method = new Method<Empty, Empty>(MethodType.Unary, "employment.test.v1.Undeclared", "Do", marshaller, marshaller);
        var request = new DefaultHttpContext();
        request.SetEndpoint(new Endpoint(null, new EndpointMetadataCollection(new GrpcMethodMetadata(typeof(object), method)), "undeclared"));
        var handler = new DeclaredAccess.Handler(AccessRules.Shared);

        var context = new AuthorizationHandlerContext([new DeclaredAccess.Requirement()], Principal(new Caller(CallerRole.Admin, "admin-001")), request);
        await handler.HandleAsync(context);

        Assert.False(context.HasSucceeded);
        Assert.Equal(StatusCode.PermissionDenied, Assert.IsType<DeclaredAccess.Refusal>(Assert.Single(context.FailureReasons)).Status);
    }

    [Fact(Timeout = 30_000)]
    public async Task Two_authorization_headers_on_a_public_method_are_refused_at_the_gateway()
    {
        var twice = new Metadata
        {
            { AuthorizationHeader.Name, "Bearer " + TestCallers.Token(new Caller(CallerRole.Counter, "clerk-001", RegionCode: "410800")) },
            { AuthorizationHeader.Name, "Bearer " + TestCallers.Token(new Caller(CallerRole.Counter, "clerk-001", RegionCode: "410800")) },
        };
        Assert.Equal(StatusCode.Unauthenticated, await RawCalls.StatusOfAsync(platform.Channel, "/employment.policy.v1.PolicyCatalog/ListDocuments", twice));
    }

    [Theory(Timeout = 30_000)]
    [InlineData("/Employment.applicants.v1.Applicants/GetPerson")]
    [InlineData("/employment.applicants.v1.applicants/getperson")]
    [InlineData("/EMPLOYMENT.APPLICANTS.V1.APPLICANTS/GETPERSON")]
    public async Task A_method_path_in_another_case_is_judged_as_the_declared_method_at_the_gateway(string path)
    {
        Assert.Equal(StatusCode.Unauthenticated, await RawCalls.StatusOfAsync(platform.Channel, path, TestCallers.Public()));
        Assert.Equal(StatusCode.PermissionDenied, await RawCalls.StatusOfAsync(platform.Channel, path, TestCallers.Bank("105")));
    }

    [Fact(Timeout = 30_000)]
    public async Task Low_two_authorization_headers_are_refused_at_the_gateway()
    {
        var twice = new Metadata
        {
            { AuthorizationHeader.Name, "Bearer " + TestCallers.Token(new Caller(CallerRole.Counter, "clerk-001", RegionCode: "410800")) },
            { AuthorizationHeader.Name, "Bearer " + TestCallers.Token(new Caller(CallerRole.Counter, "clerk-001", RegionCode: "410800")) },
        };
        Assert.Equal(StatusCode.Unauthenticated, await RawCalls.StatusOfAsync(platform.Channel, "/employment.applicants.v1.Applicants/GetPerson", twice));
    }

    private static ClaimsPrincipal Principal(Caller caller) => new(new ClaimsIdentity(
    [
        new Claim("sub", caller.Subject),
        new Claim(TokenClaims.Role, TokenClaims.RoleName(caller.Role)),
        .. caller.RegionCode is { } region ? new[] { new Claim(TokenClaims.RegionCode, region) } : [],
    ], "test"));
}
