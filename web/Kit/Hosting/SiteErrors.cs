using Employment.ServiceDefaults.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Kit.Hosting;

/// <summary>
/// What a web application answers when a request goes wrong: the site's own page in Chinese for the status
/// (<see cref="ErrorAnswers"/> decides which), never the framework's exception text.
/// </summary>
public static class SiteErrors
{
    /// <param name="page">The site's page for a status (400 or 500 and the like), with the layout a visitor knows.</param>
    public static void UseSiteErrors(this WebApplication app, Func<HttpContext, int, IResult> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        app.UseErrorAnswers((context, status) => page(context, status).ExecuteAsync(context));
    }
}

/// <summary>What an error page says for a status, the same in every web application.</summary>
public static class SiteErrorWording
{
    public static string Title(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "无法处理这次提交",
        StatusCodes.Status413PayloadTooLarge => "提交的内容过大",
        _ => "系统暂时出了问题",
    };

    public static string Lead(int status) => status switch
    {
        StatusCodes.Status400BadRequest => UnreadableInput.MessageZh + "请返回上一页修改。",
        StatusCodes.Status413PayloadTooLarge => "提交的内容或上传的文件超过了大小限制，请缩小后重新提交。",
        _ => "您刚才的操作没有完成，请稍后再试。如果一直这样，请拨打 12333 或到就近的服务网点办理。",
    };
}
