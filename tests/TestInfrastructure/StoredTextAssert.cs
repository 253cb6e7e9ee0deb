using System.Globalization;
using Employment.ServiceDefaults.Errors;
using Grpc.Core;
using Xunit;
using Employment.TestInfrastructure;

namespace Employment.TestInfrastructure;

/// <summary>
/// What the fuzz tests of stored text assert, in one place: a value a service stores is plain (no
/// control, format or line-separator character, no lone surrogate, no full-width Latin letter or
/// digit, within its bound), and a request it does not store is refused as INVALID_ARGUMENT naming a field.
/// </summary>
public static class StoredTextAssert
{
    /// <summary>The stored value is plain text of at most <paramref name="maxLength"/> characters.</summary>
    public static void Plain(string stored, int maxLength = 200)
    {
        ArgumentNullException.ThrowIfNull(stored);
        Assert.True(stored.Length <= maxLength, $"stored {stored.Length} characters");
        for (var i = 0; i < stored.Length; i++)
        {
            var c = stored[i];
            if (char.IsHighSurrogate(c) && i + 1 < stored.Length && char.IsLowSurrogate(stored[i + 1]))
            {
                i++; // a pair: one character beyond the basic plane
                continue;
            }

            var category = char.GetUnicodeCategory(c);
            Assert.False(category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.LineSeparator,
                $"U+{(int)c:X4} stored in “{stored}”");
            Assert.False(c is (>= '\uFF10' and <= '\uFF19') or (>= '\uFF21' and <= '\uFF3A') or (>= '\uFF41' and <= '\uFF5A'), $"full-width {c} stored");
        }
    }

    /// <summary>
    /// Runs <paramref name="store"/>: true when it went through, false when it was refused as
    /// INVALID_ARGUMENT naming a field (a domain rule or the request-limits check); any other outcome fails.
    /// </summary>
    public static bool AcceptedOrRefusedNamingAField(Action store)
    {
        ArgumentNullException.ThrowIfNull(store);
        try
        {
            store();
            return true;
        }
        catch (DomainRuleException e)
        {
            Assert.Equal(DomainRuleKind.InvalidInput, e.Kind);
            Assert.False(string.IsNullOrEmpty(e.Field));
            return false;
        }
        catch (RpcException e)
        {
            Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
            Assert.Contains("field: ", e.Said(), StringComparison.Ordinal);
            return false;
        }
    }
}
