using CrossRegion.Api.OpenApi;
using CrossRegion.Application.Importing.ImportTasks;
using CrossRegion.Application.Users.ImportUsers;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CrossRegion.Api.Endpoints;

/// <summary>Bulk import of task lists shaped like the official annex table.</summary>
internal sealed class ImportsEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/admin/users/import", ImportUsers)
            .RequireAuthorization()
            .Accepts<string>("text/csv", "multipart/form-data")
            .WithBodyLimit(BodyLimits.CsvImport)
            .WithTags("Administration")
            .WithName("AdminImportUsers")
            .WithSummary("Give many people accounts from a CSV (username, display_name, jurisdiction, department, roles, email, phone; or 用户名, 姓名, 地区, 单位, 角色, 邮箱, 电话); dry run unless commit=true")
            .WithDescription(
                "Same rules as one account at a time (the roles and cities the administrator may grant, units of the row's city by code, " +
                "full name or short name). A dry run answers 200 with every row's errors; commit=true creates every row in one transaction " +
                "(201, each row with its one-time setup_token, shown once) or nothing (422 with the report).")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        app.MapPost("/api/v1/imports/tasks", ImportTasks)
            .RequireAuthorization()
            .WithIdempotencyKey()
            .Accepts<string>("text/csv", "multipart/form-data")
            .WithBodyLimit(BodyLimits.CsvImport)
            .WithTags("Imports")
            .WithName("ImportTasks")
            .WithSummary("Import a task list (CSV shaped like the annex: 序号, 项目名称, 建设时限, 主要内容, 年度目标任务, 责任单位, 备注); dry run unless commit=true (joint office)")
            .WithDescription(
                "UTF-8 with or without BOM, as the body (text/csv) or the file field of a form. Section rows (一, 共筑绿色生态屏障) set the " +
                "pillar; 责任单位 names one city's units per line and is matched to departments by name, code or the catalogue's short names " +
                "on that city's line (区交通局 on a Wanzhou line is 万州区交通局; nothing is created: unknown units are row errors; jurisdiction=WZ " +
                "reads a city's own plan, whose lines name no city). Optional columns: 编号 (key; otherwise key_prefix + 序号), 英文名称, 类别. A dry run answers 200 with every " +
                "row's errors and warnings; commit=true writes every row in one transaction (201) or nothing (422 with the report).")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Results<Ok<UserImportReportDto>, Created<UserImportReportDto>>> ImportUsers(
        CsvUpload csv, IMediator mediator, CancellationToken cancellationToken, bool commit = false)
    {
        var report = await mediator.Send(new ImportUsersCommand(csv.Text, commit), cancellationToken);
        return report.Committed ? TypedResults.Created("/api/v1/admin/users", report) : TypedResults.Ok(report);
    }

    private static async Task<Results<Ok<ImportReportDto>, Created<ImportReportDto>>> ImportTasks(
        CsvUpload csv,
        IMediator mediator,
        CancellationToken cancellationToken,
        bool commit = false,
        string? programme = null,
        [FromQuery(Name = "list_type")] string? listType = null,
        int? year = null,
        [FromQuery(Name = "key_prefix")] string? keyPrefix = null,
        [FromQuery(Name = "source_document")] string? sourceDocument = null,
        string? jurisdiction = null)
    {
        var report = await mediator.Send(new ImportTasksCommand(csv.Text, commit, programme, listType, year, keyPrefix, sourceDocument, jurisdiction), cancellationToken);
        return report.Committed ? TypedResults.Created("/api/v1/tasks", report) : TypedResults.Ok(report);
    }
}
