using Employment.Common.V1;
using Employment.ServiceDefaults;
using Employment.ServiceDefaults.Security;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;

namespace Gateway.Tests.Pipeline;

/// <summary>
/// done-when "a matrix of every RPC against every role": through the gateway, over the
/// network, each role either passes the role checks (gateway and service) or is refused with
/// UNAUTHENTICATED (no identity) or PERMISSION_DENIED (the wrong one). A service token is refused at
/// the gateway for every method, the service-only ones included: it is for calls inside the platform.
/// </summary>
[Collection(nameof(GatewayCollection))]
public sealed class GatewayRoleMatrixTests(PlatformUnderTest platform)
{
    public static readonly CallerRole[] Roles = [CallerRole.Public, CallerRole.Counter, CallerRole.Bank, CallerRole.Admin, CallerRole.Service, CallerRole.Auditor];

    public static TheoryData<string> GovernedMethods()
    {
        var data = new TheoryData<string>();
        foreach (var rule in AccessRules.Shared.All.Where(r => !r.Exempt).OrderBy(r => r.Method, StringComparer.Ordinal))
        {
            data.Add(rule.Method);
        }

        return data;
    }

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(GovernedMethods))]
    public async Task Every_role_is_let_through_or_refused_as_the_method_declares(string method)
    {
        var rule = AccessRules.Shared.For(method);
        var failures = new List<string>();
        foreach (var role in Roles)
        {
            var status = await RawCalls.StatusOfAsync(platform.Channel, method, HeadersFor(role), RequestFor(method, role));
            var refused = status is StatusCode.Unauthenticated or StatusCode.PermissionDenied;
            var allowed = rule.Allows(role) && role != CallerRole.Service;
            if (allowed == refused)
            {
                failures.Add($"{role}: {status}");
            }
            else if (!allowed && role == CallerRole.Public && status != StatusCode.Unauthenticated)
            {
                failures.Add($"{role} without a token should be UNAUTHENTICATED, was {status}");
            }
        }

        Assert.True(failures.Count == 0, $"{method} [{string.Join(",", rule.Roles)}]: {string.Join("; ", failures)}");
    }

    /// <summary>
    /// The empty message, except that a bank names its own code in the request's top-level bank-code
    /// fields: an empty one is refused by the bank binding (a separate rule, tested on its own), not
    /// by the role this matrix checks.
    /// </summary>
    private static byte[] RequestFor(string method, CallerRole role)
    {
        if (role != CallerRole.Bank)
        {
            return [];
        }

        var name = method.TrimStart('/').Replace('/', '.');
        var input = ContractDescriptors.Files.SelectMany(f => f.Services).SelectMany(s => s.Methods).Single(m => m.FullName == name).InputType;
        using var bytes = new MemoryStream();
        using (var output = new CodedOutputStream(bytes, leaveOpen: true))
        {
            foreach (var field in input.Fields.InDeclarationOrder()
                .Where(f => f.FieldType == FieldType.String && !f.IsRepeated && f.GetOptions()?.GetExtension(AccessExtensions.CallerBankCode) == true))
            {
                output.WriteTag(field.FieldNumber, WireFormat.WireType.LengthDelimited);
                output.WriteString(BankCode);
            }
        }

        return bytes.ToArray();
    }

    private const string BankCode = "105";

    private static Metadata HeadersFor(CallerRole role) => role switch
    {
        CallerRole.Public => TestCallers.Public(),
        CallerRole.Counter => TestCallers.Counter(),
        CallerRole.Bank => TestCallers.Bank(BankCode),
        CallerRole.Admin => TestCallers.Admin(),
        CallerRole.Auditor => TestCallers.Auditor(),
        _ => TestCallers.Service("startup-loans"),
    };
}
