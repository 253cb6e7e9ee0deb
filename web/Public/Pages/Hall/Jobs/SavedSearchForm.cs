using Employment.Common.V1;
using Employment.Jobs.V1;
using Employment.ServiceDefaults.Regions;
using Employment.Web.Kit.Forms;
using Employment.Web.Public.Pages.Jobs;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Public.Pages.Hall.Jobs;

/// <summary>
/// 订阅 as the form holds it, as typed: the words, the place (required: new postings are told of for a place), the
/// kind and the least monthly pay, named as 找工作's URL names them so a search's link fills it.
/// </summary>
public sealed record SavedSearchForm(string Query, string Region, string Kind, string PayMin, string IdempotencyKey)
{
    /// <summary>From 找工作's words (q, region, kind, pay_min in pay_period): a day's or an hour's pay is not carried, the form asks monthly.</summary>
    public static SavedSearchForm From(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var monthly = query["pay_period"].ToString() is "" or "month";
        return new(query["q"].ToString().Trim(), query["region"].ToString(), query["kind"].ToString(), monthly ? query["pay_min"].ToString().Trim() : "", ScreenKeys.New());
    }

    public static SavedSearchForm From(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        string F(string name) => form[name].ToString().Trim();
        return new(F("q"), F("region"), F("kind"), F("pay_min"), ScreenKeys.Of(form));
    }

    /// <summary>The link from a search of 找工作 to this form.</summary>
    public static string PathFor(JobFilters filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        KeyValuePair<string, string?>[] words =
        [
            new("q", filters.Query), new("region", filters.Region), new("kind", filters.Kind),
            new("pay_min", filters.PayPeriod is "" or "month" ? filters.PayMin : ""),
        ];
        return HallJobs.SearchesPath + "/new" + QueryString.Create(words.Where(w => w.Value is { Length: > 0 }));
    }

    /// <summary>The request the form makes, or what is wrong with it, naming the field by its label.</summary>
    public SaveMySearchRequest? Request(out string? problem)
    {
        problem = null;
        if (Places.Find(Region) is null)
        {
            problem = "请选择“工作地点”：有新岗位时按这个地点告诉您。";
            return null;
        }

        var request = new SaveMySearchRequest { IdempotencyKey = IdempotencyKey, Query = Query, Region = new RegionCode { Code = Region } };
        if (Kind.Length > 0)
        {
            if (JobFilters.Kinds.FirstOrDefault(k => k.Slug == Kind) is not { NameZh: not null } kind)
            {
                problem = "“岗位类型”不在可选范围内，请从列表中选择。";
                return null;
            }

            request.EmploymentType = kind.Contract;
        }

        if (PayMin.Length > 0)
        {
            if (PayInput.Problem(PayMin, "月工资不低于", out var yuan) is { } payProblem)
            {
                problem = payProblem;
                return null;
            }

            request.MonthlyPayAtLeast = new Money { Fen = yuan * 100 };
        }

        return request;
    }
}
