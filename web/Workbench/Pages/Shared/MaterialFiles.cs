using Employment.Common.V1;
using Employment.ServiceDefaults.Clients;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Employment.Web.Workbench.Pages.Shared;

/// <summary>
/// A 申报材料 as the clerk opens it: the bytes the service kept, with the type their content showed when received. A
/// photo opens in the browser, sandboxed so nothing in it can run; a PDF is downloaded under the name it was uploaded
/// with and opened by the computer's reader. A file the clerk may not read is the 404 of one that does not exist.
/// </summary>
public sealed class MaterialFiles(ServiceCalls calls, SubsidyClients<SubsidyCases.SubsidyCasesClient> cases)
{
    /// <summary>Where one 申报材料 of a record of a subsidy service opens.</summary>
    public static string PathOf(string service, string recordId, string materialId) =>
        $"{WorkbenchOptions.PathBase}/materials/{Uri.EscapeDataString(service)}/{Uri.EscapeDataString(recordId)}/{Uri.EscapeDataString(materialId)}";

    /// <summary>One file received with the record, as the service gives it to this clerk through the lifecycle's shared step (or refuses, as for no such file).</summary>
    public Task<ServiceAnswer<MaterialContent>> GetAsync(string service, string recordId, string materialId, CancellationToken cancellationToken) =>
        calls.CallAsync(cases, service, "申报材料暂时无法打开，请稍后再试。",
            (client, options) => client.GetMaterialAsync(new GetMaterialRequest { RecordId = recordId, MaterialId = materialId }, options).ResponseAsync, cancellationToken);

    public static IResult Of(ServiceAnswer<MaterialContent> answer, HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(response);
        if (answer.Value is not { Info: { } info } file)
        {
            return answer.Problem is { NotFound: false } problem
                ? Results.Text(problem.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable)
                : Results.NotFound();
        }

        var photo = info.ContentType.StartsWith("image/", StringComparison.Ordinal);
        response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'; img-src 'self'";
        response.Headers.ContentDisposition = Disposition(info.FileName, photo);
        return Results.Bytes(file.Content.ToByteArray(), info.ContentType);
    }

    /// <summary>
    /// The name a file is saved under, as RFC 6266 says: <c>filename*</c> in UTF-8 (RFC 8187) for the browser, beside an
    /// ASCII <c>filename</c> for one that reads no other (营业执照.pdf would otherwise go out RFC 2047-encoded, which
    /// browsers do not decode in this header).
    /// </summary>
    public static string Disposition(string fileName, bool inline)
    {
        var disposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment");
        disposition.SetHttpFileName(fileName);
        return disposition.ToString();
    }
}
