using Microsoft.AspNetCore.Http;

namespace Employment.Web.Kit.Forms;

/// <summary>
/// The idempotency key a screen's form carries: made when the screen opens, posted back with the form, so a second press
/// of the same screen is the same request to the service; a missing or malformed one gives a fresh key.
/// </summary>
public static class ScreenKeys
{
    public const string Field = "idempotency_key";

    public static string New() => Guid.NewGuid().ToString("N");

    public static string Of(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return Guid.TryParseExact(form[Field], "N", out var sent) ? sent.ToString("N") : New();
    }
}
