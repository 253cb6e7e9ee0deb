using System.Net.Mime;
using Employment.Common.V1;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Workbench.Pages.Shared;

/// <summary>
/// A 申报材料 as the clerk opens it: the bytes the service kept, with the type their content showed when received. A
/// photo opens in the browser, sandboxed so nothing in it can run; a PDF is downloaded under the name it was uploaded
/// with and opened by the computer's reader. A file the clerk may not read is the 404 of one that does not exist.
/// </summary>
public static class MaterialFiles
{
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
        response.Headers.ContentDisposition = new ContentDisposition { FileName = info.FileName, Inline = photo }.ToString();
        return Results.Bytes(file.Content.ToByteArray(), info.ContentType);
    }
}
