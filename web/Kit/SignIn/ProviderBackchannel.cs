namespace Employment.Web.Kit.SignIn;

/// <summary>
/// An application's own calls to the identity provider (discovery, keys, the code's exchange, refreshes) go to the
/// provider's internal address when one is configured (its <c>ProviderAddress</c> setting), not out through the public
/// address the browser uses: inside a cluster or a compose network the public name may not even resolve. Addresses
/// under the issuer are rewritten; the browser is still sent to the issuer's public endpoints.
/// </summary>
public sealed class ProviderBackchannel(Uri issuer, Uri provider) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.RequestUri is { } address && issuer.IsBaseOf(address))
        {
            request.RequestUri = new Uri(provider, issuer.MakeRelativeUri(address));
        }

        return base.SendAsync(request, cancellationToken);
    }
}
