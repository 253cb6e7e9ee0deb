using Employment.Web.Workbench.Pages.Shared;
using Xunit;

namespace Workbench.Tests;

/// <summary>
/// A material saved by the clerk keeps the name it was uploaded with, Chinese included: RFC 6266's <c>filename*</c> in
/// UTF-8 (RFC 8187), with an ASCII <c>filename</c> beside it, never an RFC 2047 encoded word (which browsers do not
/// decode in Content-Disposition).
/// </summary>
public sealed class MaterialFileNameTests
{
    [Theory]
    [InlineData("营业执照.pdf", false, "attachment", "filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7.pdf")]
    [InlineData("证书照片.jpg", true, "inline", "filename*=UTF-8''%E8%AF%81%E4%B9%A6%E7%85%A7%E7%89%87.jpg")]
    public void A_Chinese_file_name_goes_out_as_RFC_8187_UTF_8(string name, bool photo, string kind, string encoded)
    {
        var header = MaterialFiles.Disposition(name, photo);

        Assert.StartsWith(kind + ";", header, StringComparison.Ordinal);
        Assert.Contains(encoded, header, StringComparison.Ordinal);
        Assert.DoesNotContain("=?", header, StringComparison.Ordinal);
        Assert.All(header, c => Assert.True(c < 128, $"a non-ASCII character in {header}"));
    }
}
